import { startTeach } from '../../components/teach/start-teach';

// "Apprendre cette page", injected on demand (by the panel, or the launcher through the
// background): wiring only, the teach bar lives with the other UI (components/teach/).
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    ctx.onInvalidated(startTeach());
  },
});
