/// What a diff needs to know about one version's points that does not depend on the alignment:
/// built beside it, on a thread of its own.
struct VersionFacts: Sendable {
    /// One snapshot per flattened point, in document order.
    var snapshots: [PointSnapshot]
    /// The first point with each id.
    var indexByID: [String: Int]
    /// The distinct area ids the points name (declared or not), in first-use order…
    var areaIDs: [String]
    /// …and, per point, the index of its area there (-1 for none).
    var areaIndex: [Int32]
    /// Points per area id.
    var pointsPerArea: [String: Int]
    /// The ids the points refer to (refs) or hang under (parents).
    var referencedIDs: Set<String>

    init(_ flat: [FlatPoint]) {
        snapshots = flat.indices.map { PointSnapshot(flat[$0], index: $0) }
        indexByID = [:]
        indexByID.reserveCapacity(flat.count)
        for p in snapshots where indexByID[p.id] == nil { indexByID[p.id] = p.index }
        areaIDs = []
        areaIndex = []
        areaIndex.reserveCapacity(flat.count)
        var indexOfArea: [String: Int32] = [:]
        var counts: [Int] = []
        // (Fields are read in place: copying whole points would retain every field of each.)
        for i in flat.indices {
            guard let area = flat[i].areaID else { areaIndex.append(-1); continue }
            if let k = indexOfArea[area] {
                areaIndex.append(k)
                counts[Int(k)] += 1
            } else {
                let k = Int32(areaIDs.count)
                indexOfArea[area] = k
                areaIDs.append(area)
                counts.append(1)
                areaIndex.append(k)
            }
        }
        pointsPerArea = Dictionary(uniqueKeysWithValues: zip(areaIDs, counts))
        referencedIDs = []
        for i in flat.indices {
            referencedIDs.formUnion(flat[i].point.refs)
            if let parent = flat[i].parentID { referencedIDs.insert(parent) }
        }
    }
}
