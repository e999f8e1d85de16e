/** Regions of news prose and the countries in them (a country may sit in more than one). */
export const REGIONS: Record<string, readonly string[]> = {
  'south-east asia': ['philippines', 'vietnam', 'indonesia', 'malaysia', 'thailand', 'singapore', 'cambodia', 'laos', 'myanmar', 'brunei', 'timor-leste'],
  asia: ['china', 'japan', 'india', 'korea', 'south korea', 'north korea', 'taiwan', 'pakistan', 'bangladesh', 'mongolia', 'philippines', 'vietnam', 'indonesia', 'malaysia', 'thailand', 'singapore', 'cambodia', 'laos', 'myanmar', 'kazakhstan', 'uzbekistan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'nepal', 'sri lanka'],
  'central asia': ['kazakhstan', 'uzbekistan', 'kyrgyzstan', 'tajikistan', 'turkmenistan'],
  europe: [
    'france', 'germany', 'italy', 'spain', 'portugal', 'poland', 'britain', 'uk', 'netherlands', 'belgium', 'sweden', 'norway', 'finland', 'denmark', 'austria', 'hungary', 'greece', 'romania', 'czech republic', 'ireland', 'switzerland', 'serbia', 'ukraine',
    'estonia', 'latvia', 'lithuania', 'slovakia', 'slovenia', 'croatia', 'bulgaria', 'iceland', 'luxembourg', 'belarus', 'moldova', 'albania', 'montenegro', 'cyprus', 'malta', 'kosovo', 'bosnia',
  ],
  caucasus: ['armenia', 'azerbaijan'],
  'south asia': ['india', 'pakistan', 'bangladesh', 'nepal', 'sri lanka', 'bhutan', 'maldives', 'afghanistan'],
  'central america': ['guatemala', 'honduras', 'nicaragua', 'costa rica', 'panama', 'el salvador', 'belize'],
  caribbean: ['cuba', 'jamaica', 'haiti', 'dominican republic', 'bahamas', 'barbados', 'trinidad'],
  africa: [
    'nigeria', 'kenya', 'ethiopia', 'egypt', 'south africa', 'ghana', 'tanzania', 'morocco', 'algeria', 'angola', 'senegal', 'uganda', 'zambia', 'zimbabwe', 'mali', 'sudan', 'congo',
    'cameroon', 'madagascar', 'mozambique', 'namibia', 'botswana', 'malawi', 'chad', 'libya', 'tunisia', 'rwanda', 'somalia', 'niger', 'gabon', 'eritrea',
  ],
  'east africa': ['kenya', 'ethiopia', 'tanzania', 'uganda', 'rwanda', 'somalia', 'burundi', 'south sudan', 'djibouti', 'eritrea'],
  'west africa': ['nigeria', 'ghana', 'senegal', 'mali', 'niger', 'burkina faso', 'guinea', 'sierra leone', 'liberia', 'togo', 'benin', 'ivory coast'],
  'north africa': ['egypt', 'libya', 'tunisia', 'algeria', 'morocco'],
  'latin america': ['brazil', 'mexico', 'argentina', 'chile', 'colombia', 'peru', 'venezuela', 'ecuador', 'bolivia', 'uruguay', 'paraguay', 'cuba'],
  oceania: ['australia', 'new zealand', 'papua new guinea', 'fiji', 'samoa', 'tonga', 'vanuatu', 'solomon islands'],
  'north america': ['united states', 'usa', 'canada', 'mexico'],
  'middle east': ['iran', 'iraq', 'israel', 'saudi arabia', 'syria', 'jordan', 'lebanon', 'yemen', 'qatar', 'kuwait', 'oman', 'egypt', 'turkey', 'united arab emirates', 'uae'],
};
export const COUNTRIES: ReadonlySet<string> = new Set(Object.values(REGIONS).flat());
REGIONS['southeast asia'] = REGIONS['south-east asia']!;
REGIONS['south america'] = REGIONS['latin america']!;
// Blocs named for their members.
REGIONS['asean'] = REGIONS['south-east asia']!;
REGIONS['european union'] = REGIONS.europe!.filter((c) => !['uk', 'britain', 'norway', 'switzerland', 'serbia', 'ukraine'].includes(c));
REGIONS['eu'] = REGIONS['european union']!;

/** Adjectives of regions, for "Central Asian countries", "African states": the region they name. */
export const REGION_ADJECTIVES: Record<string, string> = {
  'south-east asian': 'south-east asia',
  'southeast asian': 'south-east asia',
  'central asian': 'central asia',
  asian: 'asia',
  european: 'europe',
  african: 'africa',
  'latin american': 'latin america',
  'south american': 'latin america',
  'middle eastern': 'middle east',
};

/** Whether a lower-case word is the one-word name of a known country ("egypt", "qatar"). */
export function isCountryWord(lower: string): boolean {
  return COUNTRIES.has(lower);
}
