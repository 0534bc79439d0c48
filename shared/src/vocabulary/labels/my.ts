import type { LanguageLabels } from '../types';

/**
 * Burmese. Translations awaiting review by the Union Civil Service Board; where a source is
 * named, it is the body or law whose name carries the term.
 */
export const MY_LABELS: LanguageLabels = {
  'talent-management': { label: 'အရည်အချင်းရှိသူများ စီမံခန့်ခွဲမှု', review: true },
  'succession-planning': { label: 'ရာထူးဆက်ခံမှု စီမံကိန်းရေးဆွဲခြင်း', review: true },
  'competency-assessment': { label: 'ကျွမ်းကျင်မှုမူဘောင်နှင့် အကဲဖြတ်ခြင်း', review: true },
  'assessment-centres': { label: 'အကဲဖြတ်ရေးစင်တာများ', review: true },
  'computer-assisted-testing': {
    label: 'ကွန်ပျူတာသုံး စာမေးပွဲ (CAT) နှင့် ဝန်ထမ်းခန့်အပ်ခြင်း',
    review: true,
  },
  'merit-system': { label: 'အရည်အချင်းအခြေပြုစနစ်', review: true },
  'job-evaluation-grading': { label: 'အလုပ်အကဲဖြတ်ခြင်းနှင့် အဆင့်သတ်မှတ်ခြင်း', review: true },
  'job-classification': { label: 'အလုပ်အမျိုးအစားခွဲခြားခြင်း', review: true },
  'compensation-benefits': { label: 'လစာနှင့် အကျိုးခံစားခွင့် မဟာဗျူဟာ', review: true },
  'performance-management': { label: 'စွမ်းဆောင်ရည် စီမံခန့်ခွဲမှု', review: true },
  'hr-planning': {
    label: 'လူ့စွမ်းအား စီမံကိန်းနှင့် လုပ်သားအင်အား ခွဲခြမ်းစိတ်ဖြာခြင်း',
    review: true,
  },
  'learning-development': { label: 'သင်ယူမှုနှင့် ဖွံ့ဖြိုးတိုးတက်မှု', review: true },
  'leadership-development': { label: 'ခေါင်းဆောင်မှု ဖွံ့ဖြိုးတိုးတက်ရေး', review: true },
  'coaching-mentoring': { label: 'နည်းပြခြင်းနှင့် လမ်းညွှန်ခြင်း', review: true },
  'digital-government': { label: 'ဒစ်ဂျစ်တယ် အစိုးရ', review: true },
  'e-government-services': { label: 'အီလက်ထရောနစ် အစိုးရ ဝန်ဆောင်မှုများ', review: true },
  'data-governance': { label: 'ဒေတာ အုပ်ချုပ်မှု', review: true },
  'public-service-innovation': { label: 'ပြည်သူ့ဝန်ဆောင်မှု ဆန်းသစ်တီထွင်မှု', review: true },
  'public-service-delivery': { label: 'ပြည်သူ့ဝန်ဆောင်မှု ပေးအပ်ခြင်း', review: true },
  'regulatory-reform': { label: 'စည်းမျဉ်းဥပဒေ ပြုပြင်ပြောင်းလဲရေး', review: true },
  'organisational-design': { label: 'အဖွဲ့အစည်းဖွဲ့စည်းပုံ ဒီဇိုင်း', review: true },
  'change-management': { label: 'ပြောင်းလဲမှု စီမံခန့်ခွဲခြင်း', review: true },
  'integrity-anti-corruption': {
    label: 'သမာဓိနှင့် အဂတိလိုက်စားမှု တိုက်ဖျက်ရေး',
    synonyms: ['အဂတိလိုက်စားမှု တိုက်ဖျက်ရေး'],
    source: 'Myanmar Anti-Corruption Commission (အဂတိလိုက်စားမှု တိုက်ဖျက်ရေးကော်မရှင်)',
    review: true,
  },
  'code-of-conduct-ethics': { label: 'ကျင့်ဝတ်နှင့် စည်းကမ်း', review: true },
  'civil-service-law': {
    label: 'နိုင်ငံ့ဝန်ထမ်း ဥပဒေ',
    source: 'Myanmar Civil Service Personnel Law 2013 (နိုင်ငံ့ဝန်ထမ်းဥပဒေ)',
    review: true,
  },
  'public-policy-analysis': { label: 'ပြည်သူ့မူဝါဒ ခွဲခြမ်းစိတ်ဖြာခြင်း', review: true },
  'strategic-planning': { label: 'မဟာဗျူဟာ စီမံကိန်းရေးဆွဲခြင်း', review: true },
  'public-finance-budgeting': { label: 'ပြည်သူ့ဘဏ္ဍာရေးနှင့် ဘတ်ဂျက်', review: true },
  'gender-mainstreaming': { label: 'ကျား-မ ရေးရာ ပေါင်းစပ်ထည့်သွင်းခြင်း', review: true },
  'flexible-work': { label: 'ပြောင်းလွယ်ပြင်လွယ် အလုပ်အစီအစဉ်များ', review: true },
  'employee-engagement': { label: 'ဝန်ထမ်း ပါဝင်ထိတွေ့မှု', review: true },
  'hr-information-systems': { label: 'လူ့စွမ်းအား သတင်းအချက်အလက်စနစ်', review: true },
  'disaster-management': {
    label: 'သဘာဝဘေးအန္တရာယ် စီမံခန့်ခွဲမှု',
    source: 'Myanmar Natural Disaster Management Law 2013',
    review: true,
  },
  'international-cooperation': { label: 'နိုင်ငံတကာ ပူးပေါင်းဆောင်ရွက်မှု', review: true },
};
