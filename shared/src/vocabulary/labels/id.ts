import type { LanguageLabels } from '../types';

/** Indonesian (Bahasa Indonesia). Sources are the regulations and agencies that use the term. */
const ASN_LAW = 'Indonesia UU 5/2014 tentang Aparatur Sipil Negara';
const BKN = 'Indonesia BKN (Badan Kepegawaian Negara)';

export const ID_LABELS: LanguageLabels = {
  'talent-management': {
    label: 'Manajemen talenta',
    synonyms: ['manajemen talenta ASN', 'talent pool ASN'],
    source: 'Indonesia PermenPANRB 3/2020 (Manajemen Talenta ASN)',
  },
  'succession-planning': {
    label: 'Perencanaan suksesi',
    synonyms: ['rencana suksesi', 'kaderisasi'],
    review: true,
  },
  'competency-assessment': {
    label: 'Standar dan penilaian kompetensi',
    synonyms: ['penilaian kompetensi', 'standar kompetensi jabatan'],
    source: BKN,
  },
  'assessment-centres': {
    label: 'Pusat penilaian (assessment center)',
    synonyms: ['metode assessment center'],
    review: true,
  },
  'computer-assisted-testing': {
    label: 'Seleksi berbasis Computer Assisted Test (CAT)',
    synonyms: ['CAT BKN', 'seleksi CASN', 'rekrutmen ASN'],
    source: BKN,
  },
  'merit-system': { label: 'Sistem merit', source: ASN_LAW },
  'job-evaluation-grading': {
    label: 'Evaluasi jabatan dan kelas jabatan',
    synonyms: ['evaluasi jabatan', 'kelas jabatan'],
    review: true,
  },
  'job-classification': {
    label: 'Klasifikasi jabatan',
    synonyms: ['analisis jabatan', 'peta jabatan'],
    review: true,
  },
  'compensation-benefits': {
    label: 'Strategi penggajian dan tunjangan',
    synonyms: ['remunerasi', 'tunjangan kinerja', 'penghasilan ASN'],
    review: true,
  },
  'performance-management': {
    label: 'Pengelolaan kinerja',
    synonyms: ['manajemen kinerja', 'penilaian kinerja', 'Sasaran Kinerja Pegawai', 'SKP'],
    source: 'Indonesia PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN)',
  },
  'hr-planning': {
    label: 'Perencanaan SDM dan analitik tenaga kerja',
    synonyms: ['perencanaan kebutuhan ASN', 'analisis beban kerja', 'perencanaan tenaga kerja'],
    review: true,
  },
  'learning-development': {
    label: 'Pembelajaran dan pengembangan',
    synonyms: ['pengembangan kompetensi', 'pelatihan', 'diklat', 'corporate university'],
    review: true,
  },
  'leadership-development': {
    label: 'Pengembangan kepemimpinan',
    synonyms: ['pelatihan kepemimpinan', 'Pelatihan Kepemimpinan Nasional'],
    review: true,
  },
  'coaching-mentoring': {
    label: 'Coaching dan mentoring',
    synonyms: ['pembimbingan', 'pendampingan'],
    review: true,
  },
  'digital-government': {
    label: 'Pemerintahan digital',
    synonyms: ['transformasi digital', 'transformasi digital pemerintah'],
    review: true,
  },
  'e-government-services': {
    label: 'Sistem Pemerintahan Berbasis Elektronik (SPBE)',
    synonyms: ['SPBE', 'layanan pemerintah elektronik', 'layanan publik daring'],
    source: 'Indonesia Perpres 95/2018 (Sistem Pemerintahan Berbasis Elektronik)',
  },
  'data-governance': {
    label: 'Tata kelola data',
    synonyms: ['Satu Data Indonesia', 'pengelolaan data'],
    source: 'Indonesia Perpres 39/2019 (Satu Data Indonesia)',
  },
  'public-service-innovation': {
    label: 'Inovasi pelayanan publik',
    synonyms: ['Kompetisi Inovasi Pelayanan Publik', 'KIPP'],
    source: 'Indonesia KemenPANRB (Kompetisi Inovasi Pelayanan Publik)',
  },
  'public-service-delivery': {
    label: 'Pelayanan publik',
    synonyms: ['penyelenggaraan pelayanan publik', 'mal pelayanan publik'],
    source: 'Indonesia UU 25/2009 tentang Pelayanan Publik',
  },
  'regulatory-reform': {
    label: 'Reformasi regulasi',
    synonyms: ['penataan regulasi', 'deregulasi'],
    review: true,
  },
  'organisational-design': {
    label: 'Desain organisasi',
    synonyms: ['penataan organisasi', 'penataan kelembagaan'],
    review: true,
  },
  'change-management': {
    label: 'Manajemen perubahan',
    synonyms: ['agen perubahan'],
    source: 'Indonesia KemenPANRB (Road Map Reformasi Birokrasi)',
    review: true,
  },
  'integrity-anti-corruption': {
    label: 'Integritas dan antikorupsi',
    synonyms: ['pemberantasan korupsi', 'pencegahan korupsi', 'zona integritas', 'KPK'],
    source: 'Indonesia KPK (Komisi Pemberantasan Korupsi)',
  },
  'code-of-conduct-ethics': {
    label: 'Kode etik dan kode perilaku',
    synonyms: ['kode etik ASN', 'etika ASN'],
    source: ASN_LAW,
  },
  'civil-service-law': {
    label: 'Hukum kepegawaian ASN',
    synonyms: ['Undang-Undang ASN', 'hukum kepegawaian'],
    review: true,
  },
  'public-policy-analysis': {
    label: 'Analisis kebijakan publik',
    synonyms: ['analis kebijakan'],
    source: 'Indonesia LAN (jabatan fungsional Analis Kebijakan)',
  },
  'strategic-planning': {
    label: 'Perencanaan strategis',
    synonyms: ['rencana strategis', 'Renstra'],
    source: 'Indonesia UU 25/2004 (Sistem Perencanaan Pembangunan Nasional)',
  },
  'public-finance-budgeting': {
    label: 'Keuangan negara dan penganggaran',
    synonyms: ['keuangan publik', 'penganggaran berbasis kinerja', 'APBN'],
    source: 'Indonesia UU 17/2003 tentang Keuangan Negara',
  },
  'gender-mainstreaming': {
    label: 'Pengarusutamaan gender',
    synonyms: ['PUG', 'anggaran responsif gender'],
    source: 'Indonesia Inpres 9/2000 (Pengarusutamaan Gender dalam Pembangunan Nasional)',
  },
  'flexible-work': {
    label: 'Pengaturan kerja fleksibel',
    synonyms: ['fleksibilitas kerja', 'kerja jarak jauh', 'bekerja dari rumah'],
    review: true,
  },
  'employee-engagement': {
    label: 'Keterlibatan pegawai',
    synonyms: ['kepuasan pegawai'],
    review: true,
  },
  'hr-information-systems': {
    label: 'Sistem Informasi ASN',
    synonyms: ['SIASN', 'sistem informasi SDM', 'sistem informasi kepegawaian'],
    source: `${ASN_LAW}; BKN (SIASN)`,
  },
  'disaster-management': {
    label: 'Penanggulangan bencana',
    synonyms: ['manajemen bencana', 'pengurangan risiko bencana', 'BNPB'],
    source: 'Indonesia UU 24/2007 tentang Penanggulangan Bencana',
  },
  'international-cooperation': {
    label: 'Kerja sama internasional',
    synonyms: ['kerja sama luar negeri', 'kerja sama teknik'],
    review: true,
  },
};
