/// Word lists for synthetic plans: common policy words first (drawn often), then invented
/// proper names (drawn rarely), so word frequencies follow a rough power law as in real text.
struct SynthVocabulary: Sendable {
    let nouns: [String]
    let adjectives: [String]
    let verbs: [String]
    let names: [String]
    let topics: [String]

    static let commonNouns = """
    agreement ceasefire border territory security guarantee army force troop weapon sanction \
    election referendum amnesty prisoner exchange refugee reconstruction fund investment asset \
    corridor port bridge railway pipeline grid plant reactor dam river coast sea region district \
    city village settlement population minority language church school hospital court tribunal \
    commission council committee mission observer monitor inspector envoy mediator party state \
    government parliament president minister ministry authority administration police guard \
    militia convoy route checkpoint zone buffer line front withdrawal deployment rotation patrol \
    drone missile artillery tank aircraft vessel shipment cargo grain fertilizer energy gas oil \
    electricity tariff trade market bank loan debt budget revenue tax customs visa passport \
    citizen resident property land farm harvest water supply infrastructure network cable \
    satellite communication broadcast media press archive record registry census boundary \
    map survey report audit review schedule timeline deadline phase stage step framework treaty \
    protocol annex clause provision obligation right duty responsibility liability compensation \
    damage claim dispute arbitration appeal verification inspection compliance violation breach \
    penalty incentive relief aid assistance donor partner alliance membership bloc union summit \
    conference negotiation talk round draft proposal plan roadmap memorandum declaration statement
    """.split(separator: " ").map(String.init)

    static let commonAdjectives = """
    full partial immediate gradual permanent temporary joint international national regional \
    local federal military civilian humanitarian economic financial legal constitutional \
    independent neutral demilitarized occupied liberated contested agreed disputed binding \
    voluntary mandatory annual quarterly initial final additional existing future former \
    maritime coastal eastern western northern southern central frontline strategic nuclear \
    conventional democratic transparent verifiable comprehensive mutual collective bilateral \
    multilateral special technical administrative territorial cultural religious educational
    """.split(separator: " ").map(String.init)

    static let commonVerbs = """
    establish guarantee ensure withdraw deploy monitor verify recognise restore rebuild transfer \
    return release exchange lift suspend reduce limit cap expand extend renew review approve \
    ratify sign implement enforce supervise coordinate finance compensate protect respect \
    prohibit allow permit register report publish negotiate consult notify inspect dismantle \
    demine reopen operate manage administer allocate distribute invest freeze unfreeze
    """.split(separator: " ").map(String.init)

    static let topicSlugs = """
    ceasefire security territory sanctions economy energy humanitarian prisoners elections \
    amnesty nato eu reconstruction nuclear grain black-sea demilitarization minorities language \
    religion monitoring guarantees army borders refugees trade finance assets infrastructure \
    media justice compensation verification implementation diplomacy culture education health
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Builds the vocabulary with `nameCount` invented names (deterministic for a given seed).
    init(nameCount: Int, seed: UInt64) {
        nouns = SynthVocabulary.commonNouns.filter { !$0.isEmpty }
        adjectives = SynthVocabulary.commonAdjectives.filter { !$0.isEmpty }
        verbs = SynthVocabulary.commonVerbs.filter { !$0.isEmpty }
        topics = SynthVocabulary.topicSlugs.filter { !$0.isEmpty }
        var rng = SplitMix64(seed: seed ^ 0x5EED_0F_4A3E5)
        let onsets = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sl", "zv", "ch", "sh"]
        let vowels = ["a", "e", "i", "o", "u", "ia", "ei", "ou"]
        let codas = ["", "", "n", "r", "sk", "v", "l", "ch", "m", "st"]
        var seen = Set<String>()
        var list: [String] = []
        list.reserveCapacity(nameCount)
        while list.count < nameCount {
            var w = ""
            for _ in 0..<rng.int(2...3) { w += rng.pick(onsets) + rng.pick(vowels) }
            w += rng.pick(codas)
            let name = w.prefix(1).uppercased() + w.dropFirst()
            if seen.insert(name).inserted { list.append(name) }
        }
        names = list
    }
}
