// fetch, tried once more when the connection drops: `next start` closes idle
// keep-alive connections after 5 s, and a check between two requests (vnu, jing)
// often takes longer, so the next request may go out on a closed socket.
export async function get(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
}
