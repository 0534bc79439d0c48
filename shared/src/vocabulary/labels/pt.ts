import type { LanguageLabels } from '../types';

/**
 * Portuguese, as written in Timor-Leste (European spelling: "planeamento", "eletrónico").
 * Awaiting review; where a source is named, it is the Timorese body or law that uses the term.
 */
const CIVIL_SERVICE_STATUTE = 'Timor-Leste Lei 8/2004 (Estatuto da Função Pública)';

export const PT_LABELS: LanguageLabels = {
  'talent-management': { label: 'Gestão de talentos', review: true },
  'succession-planning': { label: 'Planeamento da sucessão', review: true },
  'competency-assessment': {
    label: 'Quadro e avaliação de competências',
    synonyms: ['avaliação de competências', 'modelo de competências'],
    review: true,
  },
  'assessment-centres': { label: 'Centros de avaliação', review: true },
  'computer-assisted-testing': {
    label: 'Testes assistidos por computador (CAT) e recrutamento',
    review: true,
  },
  'merit-system': { label: 'Sistema de mérito', review: true },
  'job-evaluation-grading': { label: 'Avaliação e graduação de funções', review: true },
  'job-classification': { label: 'Classificação de funções', review: true },
  'compensation-benefits': { label: 'Estratégia de remuneração e benefícios', review: true },
  'performance-management': {
    label: 'Gestão do desempenho',
    synonyms: ['avaliação do desempenho'],
    review: true,
  },
  'hr-planning': {
    label: 'Planeamento de recursos humanos e análise da força de trabalho',
    review: true,
  },
  'learning-development': {
    label: 'Aprendizagem e desenvolvimento',
    synonyms: ['formação profissional', 'capacitação'],
    review: true,
  },
  'leadership-development': { label: 'Desenvolvimento de liderança', review: true },
  'coaching-mentoring': { label: 'Coaching e mentoria', review: true },
  'digital-government': {
    label: 'Governo digital',
    synonyms: ['transformação digital'],
    review: true,
  },
  'e-government-services': {
    label: 'Serviços de governo eletrónico',
    synonyms: ['governo eletrónico', 'serviços públicos digitais'],
    review: true,
  },
  'data-governance': {
    label: 'Governação de dados',
    synonyms: ['governança de dados'],
    review: true,
  },
  'public-service-innovation': { label: 'Inovação no serviço público', review: true },
  'public-service-delivery': { label: 'Prestação de serviços públicos', review: true },
  'regulatory-reform': {
    label: 'Reforma regulatória',
    synonyms: ['avaliação de impacto regulatório', 'simplificação administrativa'],
    review: true,
  },
  'organisational-design': {
    label: 'Desenho organizacional',
    synonyms: ['estrutura orgânica'],
    review: true,
  },
  'change-management': { label: 'Gestão da mudança', review: true },
  'integrity-anti-corruption': {
    label: 'Integridade e combate à corrupção',
    synonyms: ['anticorrupção', 'prevenção da corrupção'],
    source: 'Timor-Leste Comissão Anti-Corrupção (CAC)',
    review: true,
  },
  'code-of-conduct-ethics': {
    label: 'Código de conduta e ética',
    synonyms: ['deontologia'],
    review: true,
  },
  'civil-service-law': {
    label: 'Direito da função pública',
    synonyms: ['Estatuto da Função Pública'],
    source: CIVIL_SERVICE_STATUTE,
    review: true,
  },
  'public-policy-analysis': { label: 'Análise de políticas públicas', review: true },
  'strategic-planning': { label: 'Planeamento estratégico', review: true },
  'public-finance-budgeting': {
    label: 'Finanças públicas e orçamento',
    synonyms: ['Orçamento Geral do Estado', 'orçamentação'],
    review: true,
  },
  'gender-mainstreaming': {
    label: 'Integração da perspetiva de género',
    synonyms: ['transversalização de género', 'igualdade de género'],
    review: true,
  },
  'flexible-work': {
    label: 'Modalidades de trabalho flexível',
    synonyms: ['teletrabalho', 'horário flexível'],
    review: true,
  },
  'employee-engagement': { label: 'Envolvimento dos trabalhadores', review: true },
  'hr-information-systems': { label: 'Sistemas de informação de recursos humanos', review: true },
  'disaster-management': {
    label: 'Gestão de desastres',
    synonyms: ['gestão do risco de desastres', 'proteção civil'],
    review: true,
  },
  'international-cooperation': { label: 'Cooperação internacional', review: true },
};
