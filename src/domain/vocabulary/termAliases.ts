/**
 * Known aliases of lexicon terms, per category: what people type (field crews, legacy forms) →
 * the canonical stored term. Keys are matched after trimming, collapsing inner whitespace and
 * lower-casing, so write them in lower case. An alias applies only while its canonical term is a
 * term of the category in the live lexicon (a renamed or removed term makes its aliases inert).
 */
export const termAliases: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sample_method: {
    "electric tape": "Electric tape measurement (E-probe)",
    "e-tape": "Electric tape measurement (E-probe)",
    etape: "Electric tape measurement (E-probe)",
    "e-probe": "Electric tape measurement (E-probe)",
    "electric tape measurement": "Electric tape measurement (E-probe)",
    "steel tape": "Steel-tape measurement",
    "steel-tape": "Steel-tape measurement",
    "sonic meter": "Sonic water level meter (acoustic pulse)",
    "acoustic sounder": "Continuous acoustic sounder",
    airline: "Airline measurement",
    "pressure gage": "Pressure-gage measurement",
    "pressure gauge": "Pressure-gage measurement",
  },
  casing_material: {
    "polyvinyl chloride": "PVC",
  },
  screen_type: {
    "polyvinyl chloride": "PVC",
  },
  unit: {
    feet: "ft",
    foot: "ft",
    "feet below ground surface": "ftbgs",
    "ft bgs": "ftbgs",
    "mg/l": "mg/L",
    "milligrams per liter": "mg/L",
    meter: "m",
    meters: "m",
    metre: "m",
    metres: "m",
    "degrees c": "deg C",
    celsius: "deg C",
    "ug/l": "μg/L",
    "\u00b5g/l": "μg/L",
    "micrograms per liter": "μg/L",
    "nanograms per liter": "ng/L",
    "grams per liter": "g/L",
  },
  monitoring_frequency: {
    "semi-annual": "Biannual",
    semiannual: "Biannual",
    yearly: "Annual",
  },
  phone_type: {
    cell: "Mobile",
    "cell phone": "Mobile",
  },
};
