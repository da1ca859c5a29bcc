import autocannon from 'autocannon';
const words = [];
for (let a = 0x4e00; a < 0x4e00 + 300; a++) for (let b = 0x6cb3; b < 0x6cb3 + 40; b++) words.push(String.fromCharCode(a) + String.fromCharCode(b));
let i = 0;
const ports = process.argv.slice(2);
const per = Math.floor(50 / ports.length);
const rs = await Promise.all(ports.map((port) => autocannon({ url: `http://127.0.0.1:${port}`, connections: per, duration: 8, requests: [{ setupRequest: (req) => ({ ...req, path: `/wanghe/search?q=${encodeURIComponent(words[i++ % words.length])}` }) }] })));
console.log(ports.join('+'), 'req/s', rs.reduce((s, r) => s + r.requests.average, 0).toFixed(0), 'p50', rs.map((r) => r.latency.p50).join('/'), 'p97.5', rs.map((r) => r.latency.p97_5).join('/'), 'n', i);
