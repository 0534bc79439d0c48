import type { LanguageLabels } from '../types';

/**
 * Simplified Chinese, as written in Singapore. Awaiting review; where a source is named, it is
 * the Singapore body whose Chinese name carries the term.
 */
export const ZH_LABELS: LanguageLabels = {
  'talent-management': { label: '人才管理', review: true },
  'succession-planning': { label: '接班人计划', synonyms: ['继任规划'], review: true },
  'competency-assessment': {
    label: '能力框架与评估',
    synonyms: ['胜任力模型', '能力评估'],
    review: true,
  },
  'assessment-centres': { label: '评鉴中心', synonyms: ['评价中心'], review: true },
  'computer-assisted-testing': {
    label: '计算机辅助测试（CAT）与招聘',
    synonyms: ['机考', '计算机化考试'],
    review: true,
  },
  'merit-system': { label: '择优录用制度', synonyms: ['任人唯贤', '功绩制'], review: true },
  'job-evaluation-grading': { label: '职位评估与职级划分', review: true },
  'job-classification': { label: '职位分类', review: true },
  'compensation-benefits': {
    label: '薪酬福利策略',
    synonyms: ['薪酬管理', '薪资福利'],
    review: true,
  },
  'performance-management': {
    label: '绩效管理',
    synonyms: ['绩效考核', '绩效评估'],
    review: true,
  },
  'hr-planning': {
    label: '人力资源规划与劳动力分析',
    synonyms: ['人力规划', '人力资源分析'],
    review: true,
  },
  'learning-development': {
    label: '学习与发展',
    synonyms: ['培训与发展', '能力建设'],
    review: true,
  },
  'leadership-development': { label: '领导力发展', synonyms: ['领导力培训'], review: true },
  'coaching-mentoring': { label: '教练与导师辅导', synonyms: ['导师制'], review: true },
  'digital-government': {
    label: '数字政府',
    synonyms: ['数字化转型', '智慧国'],
    review: true,
  },
  'e-government-services': {
    label: '电子政务服务',
    synonyms: ['电子政务', '政府在线服务'],
    review: true,
  },
  'data-governance': { label: '数据治理', synonyms: ['数据管理', '开放数据'], review: true },
  'public-service-innovation': { label: '公共服务创新', review: true },
  'public-service-delivery': {
    label: '公共服务提供',
    synonyms: ['公共服务交付'],
    review: true,
  },
  'regulatory-reform': {
    label: '监管改革',
    synonyms: ['法规改革', '监管影响评估'],
    review: true,
  },
  'organisational-design': {
    label: '组织设计',
    synonyms: ['组织架构', '机构改革'],
    review: true,
  },
  'change-management': { label: '变革管理', review: true },
  'integrity-anti-corruption': {
    label: '廉政与反腐败',
    synonyms: ['反贪', '反腐', '贪污调查局'],
    source: 'Singapore CPIB (贪污调查局)',
    review: true,
  },
  'code-of-conduct-ethics': {
    label: '行为准则与道德',
    synonyms: ['职业道德', '公务员操守'],
    review: true,
  },
  'civil-service-law': { label: '公务员法', synonyms: ['公共服务法规'], review: true },
  'public-policy-analysis': { label: '公共政策分析', review: true },
  'strategic-planning': { label: '战略规划', review: true },
  'public-finance-budgeting': {
    label: '公共财政与预算',
    synonyms: ['财政预算', '预算编制'],
    review: true,
  },
  'gender-mainstreaming': {
    label: '性别主流化',
    synonyms: ['社会性别主流化', '性别平等'],
    review: true,
  },
  'flexible-work': {
    label: '弹性工作安排',
    synonyms: ['灵活工作', '远程办公', '居家办公'],
    review: true,
  },
  'employee-engagement': {
    label: '员工敬业度',
    synonyms: ['员工参与', '员工投入度'],
    review: true,
  },
  'hr-information-systems': {
    label: '人力资源信息系统',
    synonyms: ['人事信息系统'],
    review: true,
  },
  'disaster-management': {
    label: '灾害管理',
    synonyms: ['防灾减灾', '灾害风险管理', '应急管理'],
    review: true,
  },
  'international-cooperation': { label: '国际合作', review: true },
};
