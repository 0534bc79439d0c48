import type { LanguageLabels } from '../types';

/** Malay (Bahasa Melayu: Malaysia, Brunei, Singapore). Mostly awaiting review by JPA staff. */
export const MS_LABELS: LanguageLabels = {
  'talent-management': { label: 'Pengurusan bakat', review: true },
  'succession-planning': {
    label: 'Perancangan penggantian',
    synonyms: ['pelan penggantian'],
    review: true,
  },
  'competency-assessment': {
    label: 'Rangka kerja dan penilaian kompetensi',
    synonyms: ['penilaian kompetensi', 'model kompetensi'],
    review: true,
  },
  'assessment-centres': { label: 'Pusat penilaian', review: true },
  'computer-assisted-testing': {
    label: 'Ujian berbantukan komputer (CAT) dan pengambilan',
    synonyms: ['ujian dalam talian', 'pengambilan perkhidmatan awam'],
    review: true,
  },
  'merit-system': { label: 'Sistem merit', synonyms: ['meritokrasi'], review: true },
  'job-evaluation-grading': {
    label: 'Penilaian dan penggredan jawatan',
    synonyms: ['penggredan jawatan', 'gred jawatan'],
    review: true,
  },
  'job-classification': {
    label: 'Pengelasan jawatan',
    synonyms: ['klasifikasi perkhidmatan', 'skim perkhidmatan'],
    review: true,
  },
  'compensation-benefits': {
    label: 'Strategi saraan dan faedah',
    synonyms: ['saraan', 'gaji dan elaun', 'Sistem Saraan Malaysia'],
    source: 'Malaysia JPA (Sistem Saraan Malaysia)',
    review: true,
  },
  'performance-management': {
    label: 'Pengurusan prestasi',
    synonyms: ['penilaian prestasi', 'Laporan Nilaian Prestasi Tahunan', 'LNPT'],
    review: true,
  },
  'hr-planning': {
    label: 'Perancangan sumber manusia dan analitik tenaga kerja',
    synonyms: ['perancangan tenaga kerja', 'analitik sumber manusia'],
    review: true,
  },
  'learning-development': {
    label: 'Pembelajaran dan pembangunan',
    synonyms: ['latihan', 'pembangunan modal insan', 'INTAN'],
    review: true,
  },
  'leadership-development': { label: 'Pembangunan kepimpinan', review: true },
  'coaching-mentoring': {
    label: 'Bimbingan dan pementoran',
    synonyms: ['kejurulatihan', 'mentor'],
    review: true,
  },
  'digital-government': {
    label: 'Kerajaan digital',
    synonyms: ['transformasi digital', 'pendigitalan sektor awam'],
    review: true,
  },
  'e-government-services': {
    label: 'Perkhidmatan kerajaan elektronik',
    synonyms: ['e-kerajaan', 'perkhidmatan dalam talian'],
    review: true,
  },
  'data-governance': {
    label: 'Tadbir urus data',
    synonyms: ['pengurusan data', 'data terbuka'],
    review: true,
  },
  'public-service-innovation': { label: 'Inovasi perkhidmatan awam', review: true },
  'public-service-delivery': {
    label: 'Penyampaian perkhidmatan awam',
    synonyms: ['sistem penyampaian perkhidmatan'],
    review: true,
  },
  'regulatory-reform': {
    label: 'Reformasi peraturan',
    synonyms: ['amalan baik peraturan', 'penilaian impak peraturan'],
    review: true,
  },
  'organisational-design': {
    label: 'Reka bentuk organisasi',
    synonyms: ['penstrukturan organisasi'],
    review: true,
  },
  'change-management': { label: 'Pengurusan perubahan', review: true },
  'integrity-anti-corruption': {
    label: 'Integriti dan antirasuah',
    synonyms: ['pencegahan rasuah', 'Pelan Antirasuah Nasional', 'SPRM'],
    source: 'Malaysia SPRM (Suruhanjaya Pencegahan Rasuah Malaysia)',
  },
  'code-of-conduct-ethics': {
    label: 'Kod etika dan tatakelakuan',
    synonyms: ['kelakuan dan tatatertib', 'etika perkhidmatan awam'],
    source: 'Malaysia Peraturan-Peraturan Pegawai Awam (Kelakuan dan Tatatertib) 1993',
    review: true,
  },
  'civil-service-law': { label: 'Undang-undang perkhidmatan awam', review: true },
  'public-policy-analysis': { label: 'Analisis dasar awam', review: true },
  'strategic-planning': { label: 'Perancangan strategik', review: true },
  'public-finance-budgeting': {
    label: 'Kewangan awam dan belanjawan',
    synonyms: ['pengurusan kewangan awam', 'belanjawan'],
    review: true,
  },
  'gender-mainstreaming': { label: 'Pengarusperdanaan gender', review: true },
  'flexible-work': {
    label: 'Aturan kerja fleksibel',
    synonyms: ['waktu bekerja berperingkat', 'bekerja dari rumah'],
    review: true,
  },
  'employee-engagement': { label: 'Keterlibatan pekerja', review: true },
  'hr-information-systems': {
    label: 'Sistem Maklumat Pengurusan Sumber Manusia',
    synonyms: ['HRMIS', 'sistem maklumat sumber manusia'],
    source: 'Malaysia JPA (HRMIS)',
  },
  'disaster-management': {
    label: 'Pengurusan bencana',
    synonyms: ['NADMA'],
    source: 'Malaysia NADMA (Agensi Pengurusan Bencana Negara)',
  },
  'international-cooperation': { label: 'Kerjasama antarabangsa', review: true },
};
