import { z } from 'zod';

export const demoAccount = z
  .object({
    email: z.string(),
    name: z.string(),
    label: z.string().describe('host, guest or admin'),
    password: z.string().describe('The documented demo password, the same for every account'),
  })
  .meta({
    id: 'DemoAccount',
    examples: [
      {
        email: 'host@demo.flexbnb.test',
        name: 'Hana Host',
        label: 'host',
        password: 'flexbnb-demo',
      },
    ],
  });
export type DemoAccount = z.infer<typeof demoAccount>;
