import { startBackground } from '../background/main';

// Wiring only: the background's behaviour lives in background/ (services, handlers, relay, gate).
export default defineBackground(startBackground);
