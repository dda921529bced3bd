/**
 * Sheffield's postcode districts with approximate real centroids, the neighbourhoods in
 * each, the sector digits in use and the parliamentary constituency most of it lies in.
 * Coordinates are approximate (good to a few hundred metres), which is all a sample needs.
 */

export interface District {
  outcode: string;
  lat: number;
  lng: number;
  /** Rough radius of the district in metres: postcodes are scattered within it. */
  radius: number;
  neighbourhoods: string[];
  sectors: number[];
  constituency: string;
}

export const AREA = 'Sheffield';
export const COUNTY = 'South Yorkshire';
export const ADMIN_DISTRICT_CODE = 'E08000039';

export const DISTRICTS: readonly District[] = [
  { outcode: 'S1', lat: 53.3808, lng: -1.4699, radius: 700, neighbourhoods: ['City Centre', 'Devonshire Quarter', 'Castlegate'], sectors: [1, 2, 3, 4], constituency: 'Sheffield Central' },
  { outcode: 'S2', lat: 53.3686, lng: -1.4589, radius: 1300, neighbourhoods: ['Heeley', 'Park Hill', 'Norfolk Park', 'Arbourthorne', 'Manor'], sectors: [1, 2, 3, 4, 5], constituency: 'Sheffield Central' },
  { outcode: 'S3', lat: 53.3885, lng: -1.4795, radius: 900, neighbourhoods: ['Kelham Island', 'Netherthorpe', 'Upperthorpe', 'Neepsend'], sectors: [7, 8, 9], constituency: 'Sheffield Central' },
  { outcode: 'S4', lat: 53.3975, lng: -1.4525, radius: 1000, neighbourhoods: ['Burngreave', 'Pitsmoor', 'Grimesthorpe', 'Page Hall'], sectors: [7, 8], constituency: 'Sheffield Brightside and Hillsborough' },
  { outcode: 'S5', lat: 53.424, lng: -1.462, radius: 1600, neighbourhoods: ['Firth Park', 'Parson Cross', 'Southey Green', 'Shiregreen', 'Longley'], sectors: [0, 6, 7, 8, 9], constituency: 'Sheffield Brightside and Hillsborough' },
  { outcode: 'S6', lat: 53.405, lng: -1.515, radius: 2000, neighbourhoods: ['Hillsborough', 'Walkley', 'Stannington', 'Loxley', 'Malin Bridge', 'Wadsley'], sectors: [1, 2, 3, 4, 5, 6], constituency: 'Sheffield Brightside and Hillsborough' },
  { outcode: 'S7', lat: 53.3545, lng: -1.4905, radius: 1100, neighbourhoods: ['Nether Edge', 'Millhouses', 'Abbeydale', 'Sharrow'], sectors: [1, 2], constituency: 'Sheffield Central' },
  { outcode: 'S8', lat: 53.3375, lng: -1.4755, radius: 1500, neighbourhoods: ['Woodseats', 'Norton', 'Meersbrook', 'Lowedges', 'Greenhill'], sectors: [0, 7, 8, 9], constituency: 'Sheffield Heeley' },
  { outcode: 'S9', lat: 53.395, lng: -1.413, radius: 1700, neighbourhoods: ['Darnall', 'Attercliffe', 'Tinsley', 'Wincobank'], sectors: [1, 2, 3, 4, 5], constituency: 'Sheffield South East' },
  { outcode: 'S10', lat: 53.3775, lng: -1.518, radius: 1800, neighbourhoods: ['Broomhill', 'Crookes', 'Fulwood', 'Crosspool', 'Ranmoor'], sectors: [1, 2, 3, 4, 5], constituency: 'Sheffield Hallam' },
  { outcode: 'S11', lat: 53.3615, lng: -1.508, radius: 1500, neighbourhoods: ['Ecclesall', 'Hunters Bar', 'Greystones', 'Nether Green', 'Banner Cross'], sectors: [7, 8, 9], constituency: 'Sheffield Hallam' },
  { outcode: 'S12', lat: 53.347, lng: -1.417, radius: 1600, neighbourhoods: ['Gleadless', 'Intake', 'Frecheville', 'Hackenthorpe', 'Richmond'], sectors: [2, 3, 4], constituency: 'Sheffield South East' },
  { outcode: 'S13', lat: 53.368, lng: -1.387, radius: 1500, neighbourhoods: ['Handsworth', 'Woodhouse', 'Ballifield'], sectors: [7, 8, 9], constituency: 'Sheffield South East' },
  { outcode: 'S14', lat: 53.3455, lng: -1.45, radius: 800, neighbourhoods: ['Gleadless Valley', 'Hemsworth', 'Newfield Green'], sectors: [1], constituency: 'Sheffield Heeley' },
  { outcode: 'S17', lat: 53.3265, lng: -1.54, radius: 1400, neighbourhoods: ['Dore', 'Totley', 'Bradway'], sectors: [3, 4], constituency: 'Sheffield Hallam' },
  { outcode: 'S20', lat: 53.333, lng: -1.356, radius: 1800, neighbourhoods: ['Mosborough', 'Halfway', 'Beighton', 'Westfield', 'Crystal Peaks'], sectors: [1, 2, 3, 4, 5, 6, 7, 8], constituency: 'Sheffield South East' },
  { outcode: 'S35', lat: 53.463, lng: -1.478, radius: 2200, neighbourhoods: ['Chapeltown', 'Ecclesfield', 'Grenoside', 'High Green', 'Burncross'], sectors: [0, 1, 2, 3, 4, 8, 9], constituency: 'Penistone and Stocksbridge' },
  { outcode: 'S36', lat: 53.483, lng: -1.59, radius: 1800, neighbourhoods: ['Stocksbridge', 'Deepcar', 'Bolsterstone'], sectors: [1, 2, 4], constituency: 'Penistone and Stocksbridge' },
];

/** Postcodes fixed by hand so tests and docs can name them; the rest are generated. */
export const FIXED_POSTCODES: ReadonlyArray<{ postcode: string; lat: number; lng: number; ward: string }> = [
  { postcode: 'S1 2HE', lat: 53.3797, lng: -1.4668, ward: 'City Centre' },
  { postcode: 'S1 4PF', lat: 53.3779, lng: -1.4702, ward: 'City Centre' },
  { postcode: 'S6 2LW', lat: 53.4045, lng: -1.5005, ward: 'Hillsborough' },
  { postcode: 'S10 2TN', lat: 53.3822, lng: -1.4886, ward: 'Broomhill' },
  { postcode: 'S20 7PJ', lat: 53.3352, lng: -1.3458, ward: 'Crystal Peaks' },
  { postcode: 'S35 2YH', lat: 53.4625, lng: -1.4654, ward: 'Chapeltown' },
];
