export const SIGNING_CREDENTIALS: Record<'win32' | 'darwin' | 'linux', Array<{ env: string; secret: string }>>;
export function missingCredentials(platform: string, env: Record<string, string | undefined>): Array<{ env: string; secret: string }>;
