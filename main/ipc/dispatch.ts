import { isAppUrl } from '../urls';
import {
  ipcContract,
  type IpcArgs,
  type IpcChannel,
  type IpcErrorCode,
  type IpcResponse,
  type IpcResults,
} from './contract';

export type Handlers = {
  readonly [C in IpcChannel]: (...args: IpcArgs<C>) => Promise<IpcResults[C]>;
};

// What main knows of the frame that sent a message; null when Electron could not tell.
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

// Only the app's own top-level page may call main; subframes and other origins may not.
export function isTrustedFrame(frame: SenderFrame | null, devServerOrigin?: string): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerOrigin);
}

export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function failure(code: IpcErrorCode, message: string): IpcResponse<never> {
  return { ok: false, error: { code, message } };
}

function isChannel(channel: string): channel is IpcChannel {
  return Object.hasOwn(ipcContract, channel);
}

// Every call goes through here: sender check, argument parse, handler, and errors as values.
export async function dispatch(
  handlers: Handlers,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
  channel: string,
  frame: SenderFrame | null,
  args: unknown[],
): Promise<IpcResponse<unknown>> {
  if (!isTrustedSender(frame)) return failure('forbidden', `Refused ${channel}: unknown sender`);
  if (!isChannel(channel)) return failure('unknown-channel', `No such channel: ${channel}`);
  const parsed = ipcContract[channel].safeParse(args);
  if (!parsed.success) {
    return failure(
      'invalid-argument',
      `Invalid argument for ${channel}: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  try {
    const handler = handlers[channel] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler(...(parsed.data as unknown[])) };
  } catch (error) {
    if (error instanceof IpcError) return failure(error.code, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') return failure('disk-full', 'The disk is full');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      return failure('not-permitted', 'The file cannot be written there');
    }
    return failure('failed', error instanceof Error ? error.message : String(error));
  }
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
): void {
  for (const channel of Object.keys(ipcContract)) {
    ipcMain.handle(channel, (event, ...args) =>
      dispatch(handlers, isTrustedSender, channel, event.senderFrame, args),
    );
  }
}
