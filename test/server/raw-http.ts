import net from 'node:net';

/** Sends `text` as-is on a new TCP connection and resolves with the HTTP status (0 if the server closed without one). */
export function rawRequest(port: number, text: string, timeoutMs = 3000): Promise<{ status: number; response: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let response = '';
    const done = () => {
      socket.destroy();
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(response);
      resolve({ status: match ? Number(match[1]) : 0, response });
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      response += chunk;
      if (/\r\n\r\n/.test(response)) {
        const length = /content-length: (\d+)/i.exec(response);
        const body = response.slice(response.indexOf('\r\n\r\n') + 4);
        if (!length || body.length >= Number(length[1])) done();
      }
    });
    socket.on('error', done);
    socket.on('close', done);
    setTimeout(done, timeoutMs).unref();
  });
}

/** A GET request line with the given target. */
export const get = (target: string) => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
