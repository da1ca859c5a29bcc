import autocannon from 'autocannon';
const words = [];
const chars = '望河新区夜市升级改造完成社区垃圾分类湿地公园学校医院道路交通文化旅游农业科技企业服务居民老人儿童活动会议建设项目环境保护安全生产'.split('');
for (const a of chars) for (const b of chars) if (a !== b) words.push(a + b);
let i = 0;
const r = await autocannon({ url: 'http://127.0.0.1:3800', connections: 50, duration: 8, requests: [{ setupRequest: (req) => ({ ...req, path: `/wanghe/search?q=${encodeURIComponent(words[i++ % words.length])}` }) }] });
console.log(r.requests.average, r.latency.p50, r.latency.p99, i, words.length);
