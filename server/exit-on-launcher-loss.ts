/**
 * A child started by the launcher has an IPC channel to it, which closes however the
 * launcher ends (even `kill -9`); stopping then keeps a dead launcher from leaving web or
 * worker holding their ports. Started by hand (no channel), nothing happens.
 */
export function exitOnLauncherLoss(stop: () => void): void {
  if (!process.send) return;
  // The launcher may have gone while this process was still starting.
  if (!process.connected) return stop();
  process.once("disconnect", stop);
  // The channel must not keep the process alive, nor be what it waits on.
  process.channel?.unref();
}
