export function realElectronPath(): string | null;
export const STANDIN_PATH: string;
