/**
 * Given names and surnames by naming tradition. The people built from them are invented; the names
 * are common ones. Variants are transliterations a newsroom might print for the same person.
 */

export type Gender = 'm' | 'f'

export interface Culture {
  readonly male: readonly string[]
  readonly female: readonly string[]
  readonly surnames: readonly string[]
  /** How a surname changes for a woman (Russian -ov → -ova, Polish -ski → -ska). */
  readonly feminine?: (surname: string) => string
}

const words = (s: string): readonly string[] => s.trim().split(/\s+/u)

const slavicFeminine = (s: string): string =>
  s.endsWith('sky') ? `${s.slice(0, -1)}aya` : /(?:ov|ev|in)$/u.test(s) ? `${s}a` : s
const polishFeminine = (s: string): string => (/(?:ski|cki|dzki)$/u.test(s) ? `${s.slice(0, -1)}a` : s)

export const CULTURES = {
  persian: {
    male: words(
      'Hamid Reza Mehdi Abbas Hossein Javad Mohsen Saeed Majid Alireza Behrouz Kamran Farhad Dariush Nasser Hassan Mostafa Ebrahim Ruhollah Amir Kourosh Babak Esmail Gholamreza',
    ),
    female: words(
      'Maryam Zahra Fatemeh Leila Shirin Nasrin Parvaneh Elaheh Azadeh Roya Masoumeh Farideh Golnar Simin Niloufar Tahereh Mahsa',
    ),
    surnames: words(
      'Rasaee Nikzad Safdari Tehrani Mohammadi Hosseini Ghalibaf Karimi Rahimi Jafari Moradi Ahmadi Rezaei Kazemi Sadeghi Bagheri Najafi Yazdani Shirazi Ansari Farahani Hashemi Mousavi Zanganeh Alavi Golpayegani Shahrokhi Asgari',
    ),
  },
  arabic: {
    male: words(
      'Mohammed Ahmed Khalid Omar Youssef Tariq Faisal Hamad Abdulrahman Nasser Karim Samir Walid Hisham Majed Sultan Ibrahim Adel Mustafa Rami Bassam Ziad',
    ),
    female: words(
      'Fatima Aisha Layla Noor Mariam Huda Rania Salma Dina Yasmin Hala Samira Lubna Reem Nadia Amal',
    ),
    surnames: words(
      'Al-Sayed Haddad Mansour Khalil Nasser Al-Thani Al-Rashid Saleh Hamdan Darwish Farouk Qassem Al-Otaibi Barakat Said Aziz Hariri Jaber Kanaan Al-Masri Shaheen Othman Tamimi Abboud Zayed Sabbagh',
    ),
  },
  russian: {
    male: words(
      'Sergei Dmitry Alexei Nikolai Vladimir Andrei Mikhail Pavel Yuri Igor Oleg Konstantin Boris Viktor Grigory Stanislav Maxim Roman',
    ),
    female: words(
      'Maria Elena Olga Tatiana Natalia Irina Svetlana Anastasia Yekaterina Valentina Galina Ksenia Daria',
    ),
    surnames: words(
      'Zakharov Lavrentyev Sokolov Kuznetsov Volkov Morozov Belov Orlov Kovalev Fedorov Smirnov Petrov Zhukov Vinogradov Medvedev Tikhonov Gromov Karpov Lebedev Chernyshevsky Nikitin Rybakov Grachev Kotov',
    ),
    feminine: slavicFeminine,
  },
  ukrainian: {
    male: words('Oleksandr Andriy Mykola Taras Bohdan Volodymyr Yuriy Serhiy Dmytro Ihor Vasyl Petro Oleh'),
    female: words('Olena Oksana Yulia Iryna Halyna Natalia Kateryna Lesia Viktoria Sofiia'),
    surnames: words(
      'Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Lysenko Moroz Savchenko Hrytsenko Marchenko Rudenko Polishchuk Kovalchuk Yatsenko Honcharuk',
    ),
  },
  chinese: {
    male: words(
      'Wei Jian Hao Lei Ming Qiang Jun Tao Yong Bo Gang Zhiwei Xiaoming Jianguo Haitao Zhenyu Dong Liang',
    ),
    female: words('Li Mei Xiu Ying Hua Fang Jing Yan Xiaoli Na Hong Lan Ping Xin Yuhan'),
    surnames: words(
      'Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang',
    ),
  },
  english: {
    male: words(
      'James John Robert Michael David William Richard Thomas Mark Daniel Paul Steven Andrew Kevin Brian Gregory Patrick Nathan Douglas Peter Colin Graham',
    ),
    female: words(
      'Mary Patricia Jennifer Linda Elizabeth Susan Karen Sarah Nancy Lisa Margaret Emily Rachel Catherine Hannah Laura Fiona Claire Megan',
    ),
    surnames: words(
      'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Thompson White Harris Clark Lewis Walker Hall Young Allen Wright Scott Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Collins Stewart Morris Reed Cook Bell Murphy Bailey Cooper Howard Ward Brooks Hughes Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Sullivan Russell Fisher',
    ),
  },
  german: {
    male: words(
      'Klaus Jürgen Stefan Matthias Andreas Thomas Wolfgang Michael Frank Markus Christian Jens Lars Tobias Florian Rainer Dieter Uwe',
    ),
    female: words(
      'Ursula Sabine Petra Claudia Katrin Annalena Julia Susanne Birgit Heike Anja Franziska Ricarda Svenja',
    ),
    surnames: words(
      'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Kraus',
    ),
  },
  french: {
    male: words(
      'Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Olivier Julien Emmanuel François Bruno Sébastien Gérald Thierry Didier Yannick',
    ),
    female: words(
      'Marie Nathalie Isabelle Sylvie Catherine Valérie Sophie Élisabeth Aurore Camille Amélie Agnès Clémence Delphine Ségolène',
    ),
    surnames: words(
      'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Mercier Dupont Lambert Bonnet Rousseau Faure',
    ),
  },
  spanish: {
    male: words(
      'José Juan Carlos Luis Javier Miguel Alejandro Fernando Jorge Ricardo Andrés Pablo Diego Raúl Sergio Emilio Gustavo Marcelo Hernán',
    ),
    female: words(
      'María Carmen Ana Laura Lucía Isabel Gabriela Patricia Verónica Claudia Sofía Valeria Mariana Paula Ximena Inés',
    ),
    surnames: words(
      'García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Morales Ortiz Castillo Jiménez Vargas Romero Herrera Medina Aguilar Navarro Salazar Fuentes Ibarra Quiroga',
    ),
  },
  portuguese: {
    male: words(
      'João António Paulo Ricardo Rodrigo Luiz Fernando Marcos Tiago Gustavo Rafael Eduardo Sérgio Henrique Fábio Renan',
    ),
    female: words(
      'Ana Beatriz Juliana Fernanda Camila Luciana Simone Marina Tatiana Renata Gleisi Marta Adriana',
    ),
    surnames: words(
      'Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Gomes Ribeiro Barbosa Lima Araújo Rocha Mendes Cardoso Teixeira Nunes Moreira Correia Pinto Freitas',
    ),
  },
  turkish: {
    male: words(
      'Mehmet Mustafa Ahmet Ali Hüseyin Hasan Murat Emre Burak Kemal Selim Levent Ömer Cevdet Tuncay Volkan Hakan Kaan',
    ),
    female: words('Ayşe Fatma Elif Zeynep Leyla Meral Sevgi Gülşen Derya Pınar Nilüfer Özlem Hülya Ebru'),
    surnames: words(
      'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Bulut Erdem Aksoy Tekin Güneş',
    ),
  },
  hindi: {
    male: words(
      'Rajesh Amit Sanjay Anil Vikram Rahul Arjun Suresh Manoj Pradeep Ajay Rohit Nitin Harsh Devendra Subrahmanyam Piyush',
    ),
    female: words('Priya Anjali Sunita Kavita Neha Pooja Meera Lakshmi Deepa Smriti Nirmala Shobha Radhika'),
    surnames: words(
      'Sharma Verma Gupta Singh Kumar Patel Reddy Nair Iyer Mehta Joshi Chatterjee Banerjee Rao Pillai Desai Kapoor Malhotra Bhatt Goyal Menon Agarwal',
    ),
  },
  nigerian: {
    male: words(
      'Chinedu Emeka Oluwaseun Babatunde Adebayo Ibrahim Musa Yakubu Uche Nnamdi Tunde Kelechi Abdullahi Segun Femi Obinna Aminu',
    ),
    female: words(
      'Ngozi Chiamaka Funmilayo Aisha Adaeze Folake Bukola Amina Yetunde Ifeoma Hadiza Zainab Oby',
    ),
    surnames: words(
      'Okafor Adeyemi Okonkwo Bello Abubakar Eze Nwosu Balogun Adeleke Obi Oyelaran Danjuma Ogunleye Uzor Ibekwe Nnaji Akinwale Lawal Sanusi Onyeama Umar',
    ),
  },
  swahili: {
    male: words(
      'Juma Baraka Omondi Kamau Wafula Otieno Kiprono Mwangi Hassani Jabari Odhiambo Kipchoge Wekesa',
    ),
    female: words('Amani Wanjiru Akinyi Zawadi Nyokabi Achieng Wambui Njeri Halima Neema Atieno'),
    surnames: words(
      'Kenyatta Mutua Njoroge Ochieng Kariuki Wanjala Kibet Maina Owino Chege Kiplagat Onyango Wamalwa Kimani',
    ),
  },
  japanese: {
    male: words(
      'Hiroshi Takeshi Kenji Yoshihide Shigeru Taro Koichi Daisuke Makoto Haruki Yuki Kazuo Masahiro Yoshimasa Toshiro',
    ),
    female: words('Yoko Keiko Yuko Sanae Akiko Naoko Haruka Michiko Tomoko Ayumi Emiko Rie'),
    surnames: words(
      'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu Mori',
    ),
  },
  korean: {
    male: words(
      'Min-jun Seo-jun Ji-ho Hyun-woo Jae-sung Dong-hyun Sung-min Young-ho Tae-yong Chul-soo Jin-woo Kyung-soo',
    ),
    female: words('Ji-eun Soo-jin Min-ji Hye-jin Eun-ji Yoo-na Seo-yeon Kyung-hwa Mi-kyung Ha-eun'),
    surnames: words(
      'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong',
    ),
  },
  polish: {
    male: words(
      'Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Jakub Grzegorz Radosław Mateusz Łukasz Wojciech Zbigniew',
    ),
    female: words('Anna Katarzyna Małgorzata Agnieszka Joanna Ewa Magdalena Beata Dorota Monika Elżbieta'),
    surnames: words(
      'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Sikorski',
    ),
    feminine: polishFeminine,
  },
  swedish: {
    male: words('Lars Anders Johan Erik Magnus Per Henrik Fredrik Mikael Stefan Tobias Ulf Björn'),
    female: words('Anna Eva Karin Maria Ingrid Ebba Magdalena Annika Maria Kristina Linnea Åsa'),
    surnames: words(
      'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Lindqvist Lindberg Bergström Wallin Sandberg',
    ),
  },
  hebrew: {
    male: words(
      'Yosef David Moshe Avraham Yitzhak Eitan Yoav Gideon Amir Ronen Benny Avi Itamar Naftali Uri',
    ),
    female: words('Tamar Noa Michal Yael Shira Orly Miri Ayelet Tzipi Merav Galit Einat'),
    surnames: words(
      'Cohen Levi Mizrahi Peretz Biton Dahan Friedman Katz Azoulay Shapira Ben-David Golan Avraham Segal Ashkenazi Barak',
    ),
  },
  indonesian: {
    male: words('Budi Agus Joko Bambang Hendra Arif Dwi Eko Rizal Teguh Sugiono Mahfud Andi Yusuf'),
    female: words('Siti Dewi Sri Retno Fitri Indah Ratna Puspa Wulan Ayu Nurul'),
    surnames: words(
      'Santoso Wijaya Saputra Hidayat Setiawan Kusuma Gunawan Pratama Nugroho Susanto Halim Sulistyo Hartono Wibowo Siregar Nasution',
    ),
  },
  greek: {
    male: words(
      'Giorgos Dimitris Nikos Konstantinos Yannis Kostas Christos Panagiotis Vasilis Alexis Stavros Kyriakos',
    ),
    female: words('Maria Eleni Katerina Sofia Dimitra Georgia Ioanna Fotini Anna Theodora Dora'),
    surnames: words(
      'Papadopoulos Papadakis Georgiou Nikolaidis Karagiannis Oikonomou Vlachos Dimitriou Makris Alexiou Konstantinou Pappas',
    ),
  },
  italian: {
    male: words(
      'Giuseppe Giovanni Antonio Mario Luigi Francesco Marco Alessandro Matteo Lorenzo Paolo Stefano Guido Enrico Carlo Massimo',
    ),
    female: words(
      'Giulia Francesca Chiara Elena Sara Alessandra Valentina Federica Paola Giorgia Elly Laura',
    ),
    surnames: words(
      'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa Giordano Rizzo Lombardi Moretti',
    ),
  },
} as const satisfies Record<string, Culture>

export type CultureName = keyof typeof CULTURES

/**
 * Spellings a newsroom might use for the same surname or given name. The first entry is the
 * canonical form; an article sometimes uses another one for a later mention (Rasaee → Rasae).
 */
export const SPELLINGS: readonly (readonly string[])[] = [
  ['Rasaee', 'Rasaei', 'Rasae', 'Rasai'],
  ['Mohammadi', 'Mohammedi', 'Muhammadi'],
  ['Hosseini', 'Husseini', 'Hoseini'],
  ['Ghalibaf', 'Qalibaf'],
  ['Rezaei', 'Rezaee', 'Rezai'],
  ['Kazemi', 'Kazimi'],
  ['Mousavi', 'Musavi', 'Moussavi'],
  ['Hashemi', 'Hashimi'],
  ['Golpayegani', 'Golpaygani'],
  ['Zanganeh', 'Zangeneh'],
  ['Al-Sayed', 'El-Sayed', 'Al Sayed'],
  ['Al-Thani', 'Al Thani'],
  ['Al-Rashid', 'Al Rashid', 'Al-Rasheed'],
  ['Al-Otaibi', 'Al Otaibi', 'Al-Oteibi'],
  ['Al-Masri', 'El-Masry', 'Al Masri'],
  ['Qassem', 'Kassem', 'Qasim'],
  ['Haddad', 'Hadad'],
  ['Mansour', 'Mansur'],
  ['Zakharov', 'Zaharov', 'Sakharov'],
  ['Lavrentyev', 'Lavrentiev', 'Lavrentev'],
  ['Kovalev', 'Kovalyov'],
  ['Fedorov', 'Fyodorov'],
  ['Chernyshevsky', 'Chernyshevskiy'],
  ['Hrytsenko', 'Gritsenko'],
  ['Honcharuk', 'Goncharuk'],
  ['Zhou', 'Chou'],
  ['Xie', 'Hsieh'],
  ['Ochieng', 'Ochieng’'],
  ['Oyelaran', 'Oyelaaran'],
  ['Papadopoulos', 'Papadopulos'],
  ['Müller', 'Mueller'],
  ['Schröder', 'Schroeder'],
  ['Krüger', 'Krueger'],
  ['Yılmaz', 'Yilmaz'],
  ['Çelik', 'Celik'],
  ['Öztürk', 'Ozturk'],
  ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad'],
  ['Youssef', 'Yousef', 'Yusuf'],
  ['Abdulrahman', 'Abdel-Rahman', 'Abdul Rahman'],
  ['Sergei', 'Sergey'],
  ['Dmitry', 'Dmitri', 'Dmitriy'],
  ['Alexei', 'Aleksei', 'Alexey'],
  ['Yekaterina', 'Ekaterina'],
  ['Tatiana', 'Tatyana'],
  ['Oleksandr', 'Olexandr', 'Alexander'],
]

const VARIANTS: ReadonlyMap<string, readonly string[]> = new Map(SPELLINGS.map((s) => [s[0]!, s.slice(1)]))

/** The other spellings of a name, or none. */
export const variantsOf = (name: string): readonly string[] => VARIANTS.get(name) ?? []
