import { z } from 'zod';
import { isoDate, isoDateTime, userSummary } from './common.ts';

export const reservationStatus = z.enum(['pending', 'confirmed', 'cancelled', 'completed']);

export const reservation = z
  .object({
    id: z.uuid(),
    property_id: z.uuid(),
    property: z.object({ id: z.uuid(), title: z.string() }),
    guest_id: z.uuid(),
    guest: userSummary,
    host_id: z.uuid(),
    check_in: isoDate,
    check_out: isoDate,
    guests: z.number().int(),
    total_price: z.string().nullable().describe('Decimal amount as a string, e.g. "480.00"'),
    payment_due_at: isoDateTime.nullable(),
    status: reservationStatus,
    nights: z.number().int(),
    created_at: isoDateTime,
  })
  .meta({
    id: 'Reservation',
    examples: [
      {
        id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
        property_id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
        property: { id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21', title: 'Seaside loft' },
        guest_id: '7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11',
        guest: { id: '7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11', name: 'Gina Guest' },
        host_id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
        check_in: '2026-12-20',
        check_out: '2026-12-24',
        guests: 2,
        total_price: '480.00',
        payment_due_at: '2026-12-10T12:00:00.000Z',
        status: 'pending',
        nights: 4,
        created_at: '2026-11-25T10:00:00.000Z',
      },
    ],
  });
export type Reservation = z.infer<typeof reservation>;

export const createReservationBody = z
  .object({
    property_id: z.uuid(),
    check_in: isoDate,
    check_out: isoDate,
    guests: z.number().int().min(1).max(50).default(1),
    total_price: z
      .union([z.number().nonnegative().max(1e9), z.string().regex(/^\d{1,9}(\.\d{1,2})?$/)])
      .optional(),
    payment_due_at: isoDateTime.optional(),
  })
  .refine((r) => r.check_out > r.check_in, {
    message: 'check_out must be after check_in',
    path: ['check_out'],
  })
  .meta({
    examples: [
      {
        property_id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
        check_in: '2026-12-20',
        check_out: '2026-12-24',
        guests: 2,
        total_price: '480.00',
        payment_due_at: '2026-12-10T12:00:00Z',
      },
    ],
  });
