/**
 * Sounds of the live mode, made with Web Audio (no sound files): a soft two-note cue when it is
 * time to switch roles, and a three-note chime when the time is up. Silent when audio is missing.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    return context;
  } catch {
    return null;
  }
}

function notes(frequencies: readonly number[], seconds: number): void {
  const ctx = audio();
  if (!ctx) return;
  frequencies.forEach((f, i) => {
    const start = ctx.currentTime + i * seconds * 0.6;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = f;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + seconds);
  });
}

/** Halfway: time to switch roles. */
export function playSwitchCue(): void {
  notes([660, 880], 0.5);
}

/** The round's time is up. */
export function playEndChime(): void {
  notes([880, 660, 523], 0.9);
}

/** Browsers allow sound only after a key press or click: call this from one. */
export function unlockAudio(): void {
  audio();
}
