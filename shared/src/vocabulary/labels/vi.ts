import type { LanguageLabels } from '../types';

/** Vietnamese. Sources are the Vietnamese laws and decrees that use the term. */
export const VI_LABELS: LanguageLabels = {
  'talent-management': {
    label: 'Quản lý nhân tài',
    synonyms: ['thu hút và trọng dụng nhân tài'],
    review: true,
  },
  'succession-planning': {
    label: 'Quy hoạch cán bộ',
    synonyms: ['kế hoạch kế nhiệm', 'kế nhiệm'],
    review: true,
  },
  'competency-assessment': {
    label: 'Khung năng lực và đánh giá năng lực',
    synonyms: ['khung năng lực vị trí việc làm'],
    review: true,
  },
  'assessment-centres': { label: 'Trung tâm đánh giá', review: true },
  'computer-assisted-testing': {
    label: 'Thi tuyển trên máy vi tính và tuyển dụng',
    synonyms: ['thi trắc nghiệm trên máy tính', 'tuyển dụng công chức'],
    review: true,
  },
  'merit-system': {
    label: 'Chế độ công vụ dựa trên thực tài',
    synonyms: ['nền công vụ thực tài', 'trọng dụng thực tài'],
    review: true,
  },
  'job-evaluation-grading': {
    label: 'Đánh giá và xếp hạng vị trí việc làm',
    synonyms: ['ngạch công chức', 'xếp ngạch'],
    review: true,
  },
  'job-classification': {
    label: 'Phân loại vị trí việc làm',
    synonyms: ['vị trí việc làm', 'danh mục vị trí việc làm'],
    source: 'Vietnam Decree 62/2020/NĐ-CP (vị trí việc làm và biên chế công chức)',
    review: true,
  },
  'compensation-benefits': {
    label: 'Chính sách tiền lương và phúc lợi',
    synonyms: ['cải cách tiền lương', 'chế độ đãi ngộ'],
    review: true,
  },
  'performance-management': {
    label: 'Quản lý hiệu suất công việc',
    synonyms: ['đánh giá, xếp loại chất lượng', 'đánh giá công chức'],
    review: true,
  },
  'hr-planning': {
    label: 'Kế hoạch nhân lực và phân tích dữ liệu nhân sự',
    synonyms: ['hoạch định nguồn nhân lực', 'quản lý biên chế'],
    review: true,
  },
  'learning-development': {
    label: 'Đào tạo, bồi dưỡng',
    synonyms: ['học tập và phát triển', 'bồi dưỡng công chức'],
    source: 'Vietnam Decree 101/2017/NĐ-CP (đào tạo, bồi dưỡng cán bộ, công chức, viên chức)',
    review: true,
  },
  'leadership-development': {
    label: 'Phát triển năng lực lãnh đạo',
    synonyms: ['bồi dưỡng lãnh đạo, quản lý'],
    review: true,
  },
  'coaching-mentoring': {
    label: 'Huấn luyện và kèm cặp',
    synonyms: ['cố vấn', 'hướng dẫn tập sự'],
    review: true,
  },
  'digital-government': {
    label: 'Chính phủ số',
    synonyms: ['chuyển đổi số', 'chuyển đổi số quốc gia'],
    source: 'Vietnam Resolution 17/NQ-CP (2019) on e-government towards digital government',
  },
  'e-government-services': {
    label: 'Dịch vụ công trực tuyến',
    synonyms: ['Chính phủ điện tử', 'Cổng Dịch vụ công quốc gia'],
    source: 'Vietnam National Public Service Portal (Cổng Dịch vụ công quốc gia)',
  },
  'data-governance': {
    label: 'Quản trị dữ liệu',
    synonyms: ['quản lý dữ liệu', 'dữ liệu mở'],
    review: true,
  },
  'public-service-innovation': {
    label: 'Đổi mới khu vực công',
    synonyms: ['đổi mới sáng tạo trong khu vực công'],
    review: true,
  },
  'public-service-delivery': {
    label: 'Cung ứng dịch vụ công',
    synonyms: ['cơ chế một cửa'],
    review: true,
  },
  'regulatory-reform': {
    label: 'Cải cách thể chế và thủ tục hành chính',
    synonyms: ['cải cách thủ tục hành chính', 'đánh giá tác động chính sách'],
    review: true,
  },
  'organisational-design': {
    label: 'Thiết kế tổ chức bộ máy',
    synonyms: ['sắp xếp tổ chức bộ máy', 'tinh gọn bộ máy'],
    review: true,
  },
  'change-management': { label: 'Quản lý sự thay đổi', review: true },
  'integrity-anti-corruption': {
    label: 'Liêm chính và phòng, chống tham nhũng',
    synonyms: ['phòng, chống tham nhũng', 'chống tham nhũng'],
    source: 'Vietnam Law on Anti-Corruption 2018 (Luật Phòng, chống tham nhũng)',
  },
  'code-of-conduct-ethics': {
    label: 'Đạo đức công vụ và quy tắc ứng xử',
    synonyms: ['quy tắc ứng xử', 'văn hóa công vụ'],
    review: true,
  },
  'civil-service-law': {
    label: 'Pháp luật về cán bộ, công chức',
    synonyms: ['Luật Cán bộ, công chức', 'Luật Viên chức'],
    source: 'Vietnam Law on Cadres and Civil Servants (Luật Cán bộ, công chức)',
  },
  'public-policy-analysis': { label: 'Phân tích chính sách công', review: true },
  'strategic-planning': {
    label: 'Hoạch định chiến lược',
    synonyms: ['kế hoạch chiến lược', 'lập kế hoạch chiến lược'],
    review: true,
  },
  'public-finance-budgeting': {
    label: 'Tài chính công và ngân sách nhà nước',
    synonyms: ['ngân sách nhà nước', 'quản lý tài chính công'],
    source: 'Vietnam State Budget Law (Luật Ngân sách nhà nước)',
    review: true,
  },
  'gender-mainstreaming': {
    label: 'Lồng ghép vấn đề bình đẳng giới',
    synonyms: ['lồng ghép giới', 'bình đẳng giới'],
    source: 'Vietnam Law on Gender Equality 2006 (Luật Bình đẳng giới)',
  },
  'flexible-work': {
    label: 'Chế độ làm việc linh hoạt',
    synonyms: ['làm việc từ xa', 'làm việc tại nhà'],
    review: true,
  },
  'employee-engagement': {
    label: 'Sự gắn kết của nhân viên',
    synonyms: ['gắn kết công chức', 'động lực làm việc'],
    review: true,
  },
  'hr-information-systems': {
    label: 'Hệ thống thông tin nhân sự',
    synonyms: ['cơ sở dữ liệu cán bộ, công chức', 'phần mềm quản lý nhân sự'],
    review: true,
  },
  'disaster-management': {
    label: 'Phòng, chống thiên tai',
    synonyms: ['quản lý thiên tai', 'quản lý rủi ro thiên tai'],
    source:
      'Vietnam Law on Natural Disaster Prevention and Control 2013 (Luật Phòng, chống thiên tai)',
  },
  'international-cooperation': { label: 'Hợp tác quốc tế', review: true },
};
