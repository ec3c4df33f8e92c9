// At most `limit` requests handed to `handle` at once; the others wait in arrival order (scripts/lib/next-worker.mjs
// says why). A turn ends when its response closes: answered, or the client gone. A waiting request whose client has
// gone is dropped when its turn comes. `bypass(req)`: requests that never wait (the build's static files).
export function takeTurns(limit, handle, bypass = () => false) {
  let running = 0;
  const waiting = [];
  const start = (req, res) => {
    running++;
    res.once("close", () => {
      running--;
      while (waiting.length > 0 && running < limit) {
        const [nextReq, nextRes] = waiting.shift();
        if (!nextReq.socket.destroyed) start(nextReq, nextRes);
      }
    });
    handle(req, res);
  };
  return (req, res) => {
    if (running < limit || bypass(req)) start(req, res);
    else waiting.push([req, res]);
  };
}
