// The contact center a simulator starts from (and returns to on POST /sim/reset).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { roles } from './model/types';

export const defaultSeedPath = fileURLToPath(new URL('./seed/default.json', import.meta.url));

const phoneNumber = z.string().regex(/^\+?\d{2,20}$/, 'a DN or phone number of digits');

const seedSchema = z.object({
  contactCenterId: z.string().min(1),
  voiceEnvironmentId: z.string().min(1),
  serverVersion: z.string().min(1),
  features: z.array(z.string().min(1)),
  routingPoints: z.array(z.object({ id: z.string().min(1), phoneNumber, name: z.string().min(1) })).default([]),
  users: z
    .array(
      z.object({
        id: z.string().min(1),
        userName: z.string().min(1),
        password: z.string().min(1),
        firstName: z.string(),
        lastName: z.string(),
        emailAddress: z.string().default(''),
        roles: z.array(z.enum(roles)).min(1),
        device: z.object({ id: z.string().min(1), phoneNumber }),
        initialState: z.enum(['LoggedOut', 'Ready', 'NotReady']).default('LoggedOut'),
      }),
    )
    .min(1),
});

export type Seed = z.infer<typeof seedSchema>;

/** Validates a seed and checks that ids, user names and DNs are unique. */
export function parseSeed(input: unknown): Seed {
  const seed = seedSchema.parse(input);
  const devices = [...seed.users.map((u) => u.device), ...seed.routingPoints];
  requireUnique(
    'user id',
    seed.users.map((u) => u.id),
  );
  requireUnique(
    'userName',
    seed.users.map((u) => u.userName),
  );
  requireUnique(
    'device id',
    devices.map((d) => d.id),
  );
  requireUnique(
    'phoneNumber',
    devices.map((d) => d.phoneNumber),
  );
  return seed;
}

export function loadSeed(path: string = defaultSeedPath): Seed {
  return parseSeed(JSON.parse(readFileSync(path, 'utf8')));
}

function requireUnique(what: string, values: string[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`Seed: duplicate ${what} "${value}"`);
    seen.add(value);
  }
}
