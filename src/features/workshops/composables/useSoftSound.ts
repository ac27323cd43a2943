import { useSetting } from '@/composables/useSetting'

/** An optional, quiet chime made with Web Audio (no sound files). Off unless the user turns it on. */
export function useSoftSound() {
  const { value: enabled, set } = useSetting('workshopSound')
  let context: AudioContext | null = null

  function setEnabled(value: boolean) {
    void set(value)
    // Browsers only allow audio that a user gesture started; this click is one.
    if (value) context ??= typeof AudioContext === 'undefined' ? null : new AudioContext()
  }

  /** Two soft sine tones; higher and a little longer when time is up. */
  function chime(urgent = false) {
    if (!enabled.value || !context) return
    const start = context.currentTime
    for (const [i, frequency] of (urgent ? [660, 880] : [523, 659]).entries()) {
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.type = 'sine'
      oscillator.frequency.value = frequency
      const t0 = start + i * 0.25
      gain.gain.setValueAtTime(0, t0)
      gain.gain.linearRampToValueAtTime(0.08, t0 + 0.03)
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + (urgent ? 0.9 : 0.6))
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(t0)
      oscillator.stop(t0 + 1)
    }
  }

  return { enabled, setEnabled, chime }
}
