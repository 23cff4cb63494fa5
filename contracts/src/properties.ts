import { z } from 'zod';
import { isoDateTime, userSummary } from './common.ts';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 15:00');
const timezone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Lisbon');

export const property = z
  .object({
    id: z.uuid(),
    host_id: z.uuid(),
    host: userSummary,
    title: z.string(),
    address: z.string(),
    timezone: z.string(),
    check_in_time: z.string(),
    check_out_time: z.string(),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .meta({
    id: 'Property',
    examples: [
      {
        id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
        host_id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
        host: { id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', name: 'Hana Host' },
        title: 'Seaside loft',
        address: '12 Rua do Mar, Lisbon',
        timezone: 'Europe/Lisbon',
        check_in_time: '15:00',
        check_out_time: '11:00',
        created_at: '2026-11-25T10:00:00.000Z',
        updated_at: '2026-11-25T10:00:00.000Z',
      },
    ],
  });
export type Property = z.infer<typeof property>;

export const createPropertyBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    address: z.string().trim().min(1).max(500),
    timezone: timezone.default('UTC'),
    check_in_time: hhmm.default('15:00'),
    check_out_time: hhmm.default('11:00'),
  })
  .meta({
    examples: [
      {
        title: 'Seaside loft',
        address: '12 Rua do Mar, Lisbon',
        timezone: 'Europe/Lisbon',
        check_in_time: '15:00',
        check_out_time: '11:00',
      },
    ],
  });

export const updatePropertyBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    address: z.string().trim().min(1).max(500),
    timezone,
    check_in_time: hhmm,
    check_out_time: hhmm,
  })
  .partial()
  .meta({ examples: [{ check_in_time: '16:00' }] });

export const propertyListQuery = z.object({
  mine: z.enum(['true', 'false']).optional().describe('true: only the properties the caller hosts'),
});
