package org.scrutineer.electorate.synthetic;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Names for invented people: common given names and surnames of today's Britain (English, Scottish,
 * Welsh, Irish, South Asian, Caribbean, African, Polish...), paired at random, so no line is a real
 * person. The first names of each list are drawn more often (weights 3, 2, 1 by thirds), as common
 * names are; a few carry accents so that files are exercised as UTF-8.
 */
final class Names {
  private static final List<String> GIVEN = List.of(
      "Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Thomas", "James", "William", "Daniel", "David", "Michael", "John", "Paul",
      "Mark", "Andrew", "Richard", "Peter", "Stephen", "Christopher", "Matthew", "Robert", "Joseph", "Samuel", "Olivia", "Amelia", "Emily",
      "Isla", "Ava", "Jessica", "Sophie", "Sarah", "Emma", "Laura", "Rebecca", "Hannah", "Charlotte", "Lucy", "Grace", "Elizabeth", "Mary",
      "Margaret", "Susan", "Helen", "Karen", "Julie", "Claire", "Rachel", "Anne", "Alan", "Brian", "Colin", "Derek", "Gary", "Graham", "Ian",
      "Keith", "Kevin", "Martin", "Neil", "Nigel", "Simon", "Stuart", "Trevor", "Adam", "Ben", "Dean", "Jamie", "Lee", "Ryan", "Scott", "Alice",
      "Bethany", "Chloe", "Danielle", "Eleanor", "Fiona", "Gemma", "Heather", "Jennifer", "Katie", "Lisa", "Michelle", "Natalie", "Nicola",
      "Paula", "Ruth", "Tracey", "Wendy", "Yvonne", "Zoe", "Mohammed", "Muhammad", "Ahmed", "Ali", "Imran", "Tariq", "Rajesh", "Sanjay",
      "Arjun", "Vikram", "Aisha", "Fatima", "Priya", "Sunita", "Anjali", "Nadia", "Yasmin", "Amina", "Hamza", "Bilal", "Omar", "Kwame", "Kofi",
      "Chinedu", "Oluwaseun", "Tunde", "Adaeze", "Ngozi", "Abena", "Folake", "Delroy", "Winston", "Marcia", "Leroy", "Beverley", "Andrzej",
      "Piotr", "Tomasz", "Agnieszka", "Katarzyna", "Magdalena", "Ewa", "Marek", "Ciarán", "Seán", "Niamh", "Siobhan", "Aoife", "Declan",
      "Padraig", "Rhys", "Gareth", "Dafydd", "Owain", "Gethin", "Sian", "Siân", "Carys", "Bethan", "Eluned", "Angus", "Callum", "Hamish",
      "Fraser", "Ewan", "Morag", "Kirsty", "Eilidh", "Mhairi", "Ailsa", "Zoë", "Chloë", "Renée", "José", "Maria", "Ana", "Luca", "Giulia",
      "Marco", "Sofia", "Dimitri", "Eleni", "Yusuf", "Leyla", "Emre", "Deniz", "Wei", "Mei", "Hui", "Jun", "Min", "Kenji", "Hiroshi", "Yuki",
      "Raj", "Harpreet", "Gurpreet", "Manjit", "Jaswinder", "Kuldip", "Baljit", "Pritam", "Rosa", "Iris", "Ivy", "Florence", "Edith", "Arthur",
      "Albert", "Frank", "Harold", "Ernest", "Stanley", "Doris", "Joan", "Jean", "Barbara", "Patricia", "Linda");

  private static final List<String> SURNAMES = List.of(
      "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson",
      "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner",
      "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
      "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson",
      "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams",
      "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
      "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens",
      "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews",
      "Stewart", "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson",
      "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells",
      "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page",
      "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton",
      "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess",
      "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne",
      "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy",
      "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George",
      "Jordan", "Hutchinson", "Rowe", "Burke", "May", "Pritchard", "Gilbert", "Willis", "Higgins", "Read", "Miles", "Stevenson", "Stephenson",
      "Hammond", "Arnold", "Buckley", "Walters", "Hewitt", "Barber", "Nelson", "Slater", "Austin", "Sullivan", "Whitehead", "Mann", "Frost",
      "Lambert", "Stephens", "Blake", "Akhtar", "Lynch", "Goodwin", "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett",
      "Baxter", "Bibi", "Clayton", "Nash", "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker", "Davidson",
      "Fowler", "Heath", "Norman", "Middleton", "Lawson", "Banks", "French", "Stanley", "Jarvis", "Gibbs", "Ferguson", "Hayward", "Carroll",
      "Douglas", "Dickinson", "Todd", "Barlow", "Peters", "Lucas", "Knowles", "Hartley", "Miah", "Simmons", "Morton", "Alexander", "Field",
      "Mensah", "Okafor", "Adeyemi", "Boateng", "Asante", "Nowak", "Kowalski", "Wiśniewski", "Lewandowski", "Kowalczyk", "Chowdhury",
      "Rahman", "Islam", "Uddin", "Sharma", "Gupta", "Mistry", "Chauhan", "Sandhu", "Dhillon", "Grewal", "Wong", "Chen", "Li", "Nguyen",
      "Rossi", "Ferrari", "Papadopoulos", "Yilmaz", "Demir", "Müller", "García", "Fernandes", "Da Silva", "MacLeod", "MacKenzie", "Fraser",
      "Llewellyn", "Pugh", "Prosser", "Vaughan", "Howells", "Bowen", "Jenkin");

  private static final Weighted<String> GIVEN_WEIGHTED = byThirds(GIVEN);
  private static final Weighted<String> SURNAMES_WEIGHTED = byThirds(SURNAMES);

  private Names() {}

  static String given(Draw draw) {
    return GIVEN_WEIGHTED.pick(draw);
  }

  static String surname(Draw draw) {
    return SURNAMES_WEIGHTED.pick(draw);
  }

  /** A name as it goes into an e-mail address: accents dropped, letters only, lower case ("Siân O'Brien" gives "sian", "obrien"). */
  static String forEmail(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        out.append(c);
      } else if (c == 'ł' || c == 'Ł') {
        out.append('l');
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static Weighted<String> byThirds(List<String> names) {
    Weighted.Builder<String> weighted = Weighted.builder();
    for (int i = 0; i < names.size(); i++) {
      weighted.add(names.get(i), 3 - (3L * i) / names.size());
    }
    return weighted.build();
  }
}
