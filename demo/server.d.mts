export interface DemoServer {
  url: string;
  notes: Map<string, string>;
  close(): Promise<void>;
}
export function startDemoServer(options?: { port?: number; host?: string; staticDirs?: Record<string, string> }): Promise<DemoServer>;
