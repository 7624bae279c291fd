/// <reference types="vite/client" />
import type { SoftphoneApi } from '../../common/contract';

declare global {
  interface Window {
    readonly softphone: SoftphoneApi;
  }
}
export {};
