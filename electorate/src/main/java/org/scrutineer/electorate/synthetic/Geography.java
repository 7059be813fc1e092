package org.scrutineer.electorate.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.scrutineer.electorate.register.Clp;

/**
 * Invented constituency parties in Labour's eleven regions and nations, with as many CLPs in each
 * as it had Westminster seats in 2016: 632 in Great Britain (Northern Ireland, where Labour does not
 * stand candidates, is left out). The CLP names are made up; the postcodes are UK-shaped (area, district,
 * sector, unit) with each region's real postcode areas, and each CLP owns three districts so that
 * its postcodes are its own. The same for every seed and size: geography is not a population.
 */
final class Geography {
  /** Unit letters: UK postcodes never use C, I, K, M, O or V in the last two places. */
  private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private static final String[] QUALIFIERS = {"", " North", " South", " East", " West", " Central"};

  /** Districts per CLP: about 12,000 postcodes each, so that unrelated people rarely share one. */
  private static final int DISTRICTS_PER_CLP = 3;

  private static final List<Region> REGIONS = List.of(
      new Region("EM", "East Midlands", 46, 7, List.of("DE", "LE", "LN", "NG", "NN"),
          List.of("Ashby Moor", "Belvoir Vale", "Charnwood Edge", "Derwent Bridge", "Erewash Vale", "Fosse Cross", "Gedling Hill", "Harby",
              "Ironstone", "Kesteven Fen", "Lindhurst", "Mansby", "Newstead Vale", "Oakham Cross", "Rushcliffe Down", "Sherwood Edge")),
      new Region("EA", "Eastern", 58, 8, List.of("AL", "CB", "CM", "CO", "IP", "LU", "NR", "PE", "SG", "SS"),
          List.of("Alderholt", "Broadland Heath", "Cavendish", "Dedham Vale", "Elmswell", "Fenland Cross", "Gippingford", "Hadleigh Marsh",
              "Icknield", "Lavenby", "Mardley", "Newmarsh", "Orwell Reach", "Stortmere", "Thetbridge", "Waveney Vale")),
      new Region("LN", "London", 73, 17, List.of("E", "EC", "N", "NW", "SE", "SW", "W", "WC", "BR", "CR", "DA", "EN", "HA", "IG", "KT", "RM", "SM", "TW", "UB"),
          List.of("Ashgrove", "Barnholt", "Cressingham", "Dunmore Park", "Eastwick", "Fallowfield Green", "Gildersleigh", "Harrowgate Hill",
              "Islingdon", "Kestrel Heath", "Larkhall Rise", "Merriton", "Northwood Vale", "Oakfield", "Pennington Cross", "Queensmead",
              "Riverside", "Selbourne", "Thornbury Park", "Wandle Bridge")),
      new Region("NW", "North West", 75, 12, List.of("BB", "BL", "CA", "CH", "CW", "FY", "L", "LA", "M", "OL", "PR", "SK", "WA", "WN"),
          List.of("Ashworth", "Bramhall Moss", "Calderbrook", "Dunsford", "Eccleston Moor", "Fellside", "Garstone", "Haslingden Vale", "Irwell Bank",
              "Kersal", "Lunesdale", "Mossley Hill", "Pendlebury Cross", "Ribblesford", "Saddleworth Edge", "Tarnside", "Wyreford", "Yarrowby")),
      new Region("NE", "Northern", 29, 5, List.of("DH", "DL", "NE", "SR", "TS"),
          List.of("Aycliffe Moor", "Blythburn", "Coquetdale", "Derwentside Vale", "Eskbridge", "Felling Green", "Gaunless", "Hartburn", "Jarrowby",
              "Tyneford", "Wearmouth Vale")),
      new Region("SE", "South East", 84, 14, List.of("BN", "CT", "GU", "HP", "ME", "MK", "OX", "PO", "RG", "RH", "SL", "SO", "TN"),
          List.of("Arunbury", "Beacon Hill", "Chiltern Vale", "Downsmere", "Elstead", "Frensham Cross", "Guildmoor", "Hambledon", "Itchenford",
              "Kennet Vale", "Loddon Bridge", "Medway Reach", "Newbury Down", "Ouseford", "Pevensey Marsh", "Rotherfield", "Solent Vale",
              "Thameside", "Wealdbury")),
      new Region("SW", "South West", 55, 9, List.of("BA", "BH", "BS", "DT", "EX", "GL", "PL", "SN", "SP", "TA", "TQ", "TR"),
          List.of("Axebridge", "Blackdown", "Camelford Moor", "Dartmere", "Exmoor Edge", "Frome Vale", "Glastonby", "Hamdon", "Isleford",
              "Kennetbury", "Mendip Cross", "Polden", "Quantock Vale", "Tamarside")),
      new Region("WM", "West Midlands", 59, 8, List.of("B", "CV", "DY", "HR", "ST", "TF", "WR", "WS", "WV"),
          List.of("Arrow Vale", "Blythe Bridge", "Cannock Heath", "Droitford", "Elmdon", "Foregate", "Hagley Cross", "Kinver Edge", "Lickey Hill",
              "Malvern Vale", "Nunbury", "Perry Green", "Rea Valley", "Sandwell Vale", "Tame Bridge", "Wyreforest")),
      new Region("YH", "Yorkshire and the Humber", 54, 9, List.of("BD", "DN", "HD", "HG", "HU", "HX", "LS", "S", "WF", "YO"),
          List.of("Aireborough", "Barnsdale", "Calder Vale", "Dearneside", "Elmet Moor", "Foss Bridge", "Holme Edge", "Ingleby Cross",
              "Kirkstall Vale", "Lowmoor", "Nidderdale", "Ousebridge", "Rotherdale", "Swaleby", "Wharfedale Cross")),
      new Region("SC", "Scotland", 59, 5, List.of("AB", "DD", "DG", "EH", "FK", "G", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "TD", "ZE"),
          List.of("Allanbank", "Ballochmyle", "Carrick Moor", "Dunmarren", "Eskhill", "Forthbank", "Glenmurray", "Inverallan", "Kilbrannan",
              "Lochside", "Monkton Braes", "Nethercraig", "Strathallan", "Tweedmuir", "Whitburnside")),
      new Region("WA", "Wales", 40, 6, List.of("CF", "LD", "LL", "NP", "SA", "SY"),
          List.of("Aberdaron Vale", "Brynmawr Heath", "Cwm Tawe", "Dyffryn", "Ewenny", "Glyncorrwg", "Llanfair Vale", "Merthyr Cross", "Nantgarw",
              "Penrhos", "Rhondda Fach", "Tawe Bridge")));

  private static final List<Clp> CLPS;
  private static final List<List<String>> DISTRICTS; // per CLP, in CLPS order
  private static final List<int[]> CLPS_OF_REGION; // indices into CLPS
  private static final Weighted<Integer> REGION_OF_PERSON;

  static {
    List<Clp> clps = new ArrayList<>();
    List<List<String>> districts = new ArrayList<>();
    List<int[]> ofRegion = new ArrayList<>();
    Weighted.Builder<Integer> regions = Weighted.builder();
    for (int r = 0; r < REGIONS.size(); r++) {
      Region region = REGIONS.get(r);
      int[] indices = new int[region.clps()];
      for (int c = 0; c < region.clps(); c++) {
        indices[c] = clps.size();
        String place = region.places().get(c % region.places().size());
        String name = place + QUALIFIERS[c / region.places().size()];
        clps.add(new Clp(region.code() + String.format(java.util.Locale.ROOT, "%02d", c + 1), name, region.name()));
        List<String> own = new ArrayList<>(DISTRICTS_PER_CLP);
        for (int d = 0; d < DISTRICTS_PER_CLP; d++) {
          int k = c * DISTRICTS_PER_CLP + d;
          own.add(region.postcodeAreas().get(k % region.postcodeAreas().size()) + (1 + k / region.postcodeAreas().size()));
        }
        districts.add(List.copyOf(own));
      }
      ofRegion.add(indices);
      regions.add(r, region.memberWeight());
    }
    CLPS = List.copyOf(clps);
    DISTRICTS = List.copyOf(districts);
    CLPS_OF_REGION = List.copyOf(ofRegion);
    REGION_OF_PERSON = regions.build();
  }

  private Geography() {}

  static List<Clp> clps() {
    return CLPS;
  }

  static int regionCount() {
    return REGIONS.size();
  }

  /** Where a person lives: a region by its share of the membership, then one of its CLPs. */
  static int clpOfPerson(Draw draw) {
    int[] clps = CLPS_OF_REGION.get(REGION_OF_PERSON.pick(draw));
    return clps[draw.below(clps.length)];
  }

  /** A postcode in one of the CLP's districts, e.g. {@code LS14 7QD}. */
  static String postcode(int clp, Draw draw) {
    List<String> districts = DISTRICTS.get(clp);
    String district = districts.get(draw.below(districts.size()));
    return district + " " + draw.below(10) + UNIT_LETTERS.charAt(draw.below(UNIT_LETTERS.length())) + UNIT_LETTERS.charAt(draw.below(UNIT_LETTERS.length()));
  }

  /**
   * @param clps how many CLPs (its Westminster seats in 2016)
   * @param memberWeight its invented share of the membership, in percent (London largest)
   * @param postcodeAreas its real postcode areas, shared out among its CLPs' districts
   * @param places invented place names; a CLP is a place, or a place and a compass point
   */
  private record Region(String code, String name, int clps, int memberWeight, List<String> postcodeAreas, List<String> places) {
    Region {
      if (clps > places.size() * QUALIFIERS.length) {
        throw new IllegalArgumentException(name + ": too few place names for " + clps + " CLPs");
      }
    }
  }
}
