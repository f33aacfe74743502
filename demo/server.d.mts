export interface DemoServer {
  url: string;
  notes: Map<string, string>;
  /** The record's vital-signs form per patient id: field name → text. */
  constantes: Map<string, Record<string, string>>;
  close(): Promise<void>;
}
export function startDemoServer(options?: { port?: number; host?: string; staticDirs?: Record<string, string> }): Promise<DemoServer>;
