// The second fictional paper of the demo, 清溪报, with its own staff, templates and
// one published issue, so a media centre's two papers and the switch between them
// show from the start. Original copy written for Masthead; not taken from any paper.
import type { Database } from '@/lib/prisma-client';
import type { IsoDate } from '@/lib/domain/calendar';
import type { DemoStory } from './demo-stories';
import { seedArticle } from './articles';
import { seedIssue } from './issues';
import type { DemoStaffKey } from './staff';

export const SECOND_PUBLICATION = {
  slug: 'qingxi',
  name: '清溪报',
  nameTraditional: '清溪報',
  romanizedName: 'QINGXIBAO',
  sponsor: '中共清溪区委宣传部主办',
  publisher: '清溪区融媒体中心出版',
  permitNumber: '示内资准字 0000—L0001号',
  website: 'https://news.qingxi.example',
  serviceStrip: '便民电话 | 政务服务:12345 热线报修:96100 公交咨询:96200',
  isDefault: false,
};

export const SECOND_PAPER_FIRST_NUMBER = 560;

export const SECOND_PAPER_STORIES: DemoStory[] = [
  {
    columnLabel: '要闻',
    kicker: '民生实事提速',
    headline: '清溪区今年为老旧小区加装电梯一百二十部',
    subheadline: '——首批三十四部已投入使用',
    dateline: '本报讯',
    reporters: ['孔令晨'],
    paragraphs: [
      '记者从区住房和城乡建设委获悉，清溪区今年把老旧小区加装电梯列入民生实事，计划全年完成一百二十部，目前首批三十四部已经通过验收、投入使用，主要分布在南岸、柳营两个街道。',
      '家住柳营街道桂香里的七十六岁居民吴秀兰说，过去下一趟楼要歇三回，现在按一下按钮就到家门口，“孙子周末来看我也不用再扛着米上五楼了”。',
      '区住房和城乡建设委有关负责人介绍，今年起，加装电梯的意见征集、方案公示和审批手续全部搬到线上办理，平均办理时间由原来的两个月缩短到三周，街道还为每个楼门配了一名协调员，帮助邻里商量出资比例。',
    ],
  },
  {
    columnLabel: '要闻',
    headline: '清溪河生态步道十二公里全线贯通',
    dateline: '本报讯',
    reporters: ['孔令晨'],
    credits: '通讯员 杜晴',
    paragraphs: [
      '日前，沿清溪河修建的生态步道最后一段完工，从上游的石门闸到下游的月湾公园全长十二公里，实现全线贯通。步道沿途设置了八处休憩驿站和四座观鸟平台，夜间照明同步开通。',
      '区水务局介绍，步道建设与河道清淤、驳岸改造一并推进，岸边新种植乡土树种两千余株，水质常年保持在三类以上。周末清晨，来这里跑步、骑行的市民明显多了起来。',
    ],
  },
  {
    columnLabel: '社区',
    headline: '南岸街道社区食堂开进第五个小区',
    dateline: '本报讯',
    reporters: ['孔令晨'],
    paragraphs: [
      '南岸街道第五家社区食堂近日在枫林小区开业。食堂每天供应两荤两素的午餐和晚餐，六十岁以上老人凭卡可享受八折优惠，行动不便的老人还可以预约送餐上门。',
      '街道负责人说，食堂选址都经过居民议事会讨论，菜单每周在小区公告栏和微信群里公布，居民提出的“少油少盐”“多做面食”等建议已经写进了菜谱。',
    ],
  },
  {
    columnLabel: '社区',
    headline: '区图书馆“夜读时光”延长至晚十点',
    dateline: '本报讯',
    reporters: [],
    credits: '记者 孔令晨',
    paragraphs: [
      '从本月起，清溪区图书馆二层阅览区每周二至周六开放至晚上十点，并增设自助借还设备和三十个带充电插座的座位，方便下班后的读者来馆学习。',
      '开放首周，夜间到馆读者超过一千二百人次，其中近一半是在附近园区工作的年轻人。图书馆还将在每周五晚上举办一场读书分享会，第一期主题是“家门口的清溪河”。',
    ],
  },
];

/** 清溪报's staff made 林晓雯 an editor there too; its stories are its own reporter's. */
export async function seedSecondPaper(
  db: Database,
  options: { publicationId: string; staff: Record<DemoStaffKey, string>; staffIdsByName: Map<string, string>; date: IsoDate },
) {
  const { publicationId, staff, staffIdsByName, date } = options;
  const ids: string[] = [];
  for (const story of SECOND_PAPER_STORIES) {
    ids.push((await seedArticle(db, { story, status: 'PUBLISHED', staffIdsByName, fallbackAuthorId: staff.qxReporter, publicationId })).id);
  }
  const pages = ['要闻', '社区'].map((name) => ({ name, editorId: staff.qxPageEditor, artEditorId: null }));
  await seedIssue(db, {
    publicationId,
    number: SECOND_PAPER_FIRST_NUMBER,
    date,
    status: 'PUBLISHED',
    pages,
    articleIdsByPage: [ids.slice(0, 2), ids.slice(2)],
    signedOffById: staff.qxChiefEditor,
  });
  // A story of 清溪报 on its desk, filed and waiting.
  await seedArticle(db, {
    story: {
      columnLabel: '社区',
      headline: '柳营街道开设周末儿童托管班',
      dateline: '本报讯',
      reporters: ['孔令晨'],
      paragraphs: ['柳营街道党群服务中心利用周末开设儿童托管班，由社区志愿者和退休教师轮流值守，安排作业辅导、手工和体育游戏，首期报名的四十个名额两天内报满。'],
    },
    status: 'FILED',
    staffIdsByName,
    fallbackAuthorId: staff.qxReporter,
    publicationId,
  });
}
