import JSONSchema

/// Maps a loaded document (a `JSONValue` with locations) into the typed `Plan` model.
///
/// The decoder is lenient: it is run after the structural (schema) check, which has already
/// reported every wrongly shaped value, so here anything that does not fit is skipped rather
/// than reported twice. A document whose top level is not a mapping gives no plan.
public struct PlanDecoder: Sendable {
    public init() {}

    public func decode(_ document: JSONValue) -> Plan? {
        guard let root = document.objectValue else { return nil }
        var locations = Plan.Locations()
        locations.document = document.location
        locations.id = root["id"]?.location ?? .unknown
        locations.status = root["status"]?.location ?? .unknown
        locations.areas = root["areas"]?.location ?? .unknown
        locations.points = root["points"]?.location ?? .unknown
        let areas = (root["areas"]?.arrayValue ?? []).compactMap(decodeArea)
        let points = decodePoints(root["points"], parentLabel: nil)
        return Plan(
            id: root["id"]?.stringValue ?? "",
            title: root["title"]?.stringValue ?? "",
            version: scalarText(root["version"]),
            date: scalarText(root["date"]),
            status: root["status"]?.stringValue,
            summary: root["summary"]?.stringValue,
            parties: strings(root["parties"]),
            sources: (root["sources"]?.arrayValue ?? []).compactMap(decodeSource),
            notes: root["notes"]?.stringValue,
            areas: areas,
            points: points,
            locations: locations
        )
    }

    private func decodeArea(_ value: JSONValue) -> Area? {
        guard let o = value.objectValue, let id = o["id"]?.stringValue else { return nil }
        return Area(id: id, title: o["title"]?.stringValue ?? id, summary: o["summary"]?.stringValue,
                    location: value.location)
    }

    private func decodeSource(_ value: JSONValue) -> PlanSource? {
        guard let o = value.objectValue, let title = o["title"]?.stringValue else { return nil }
        return PlanSource(title: title, publisher: o["publisher"]?.stringValue,
                          date: scalarText(o["date"]), url: o["url"]?.stringValue)
    }

    /// Decodes a list of points; labels absent numbers from their position: the previous
    /// sibling's integer plus one at top level, `parent.index` for sub-points.
    private func decodePoints(_ value: JSONValue?, parentLabel: String?) -> [Point] {
        guard let list = value?.arrayValue else { return [] }
        var out: [Point] = []
        out.reserveCapacity(list.count)
        var previousInteger = 0
        for (index, item) in list.enumerated() {
            guard let o = item.objectValue, let id = o["id"]?.stringValue else { continue }
            let number = decodeNumber(o["number"])
            let label: String
            switch number {
            case .integer(let n)?:
                label = String(n)
                previousInteger = n
            case .label(let s)?:
                label = s
                if let n = Int(s) { previousInteger = n }
            case nil:
                if let parentLabel {
                    label = "\(parentLabel).\(index + 1)"
                } else {
                    previousInteger += 1
                    label = String(previousInteger)
                }
            }
            var locations = Point.Locations()
            locations.point = item.location
            locations.id = o["id"]?.location ?? item.location
            locations.number = o["number"]?.location ?? .unknown
            locations.area = o["area"]?.location ?? .unknown
            locations.text = o["text"]?.location ?? .unknown
            let refValues = (o["refs"]?.arrayValue ?? []).filter { $0.stringValue != nil }
            locations.refs = refValues.map(\.location)
            out.append(Point(
                id: id,
                number: number,
                label: label,
                area: o["area"]?.stringValue,
                title: o["title"]?.stringValue,
                text: o["text"]?.stringValue ?? "",
                topics: strings(o["topics"]),
                refs: refValues.compactMap(\.stringValue),
                points: decodePoints(o["points"], parentLabel: label),
                status: o["status"]?.stringValue,
                wording: o["wording"]?.stringValue,
                note: o["note"]?.stringValue,
                positions: (o["positions"]?.arrayValue ?? []).compactMap(decodePosition),
                locations: locations
            ))
        }
        return out
    }

    private func decodeNumber(_ value: JSONValue?) -> PointNumber? {
        guard let value else { return nil }
        switch value.kind {
        case .number(let n):
            if let i = n.intValue, i >= 1 { return .integer(i) }
            return nil
        case .string(let s) where !s.isEmpty:
            return .label(s)
        default:
            return nil
        }
    }

    private func decodePosition(_ value: JSONValue) -> PartyPosition? {
        guard let o = value.objectValue, let party = o["party"]?.stringValue else { return nil }
        return PartyPosition(party: party, stance: o["stance"]?.stringValue, text: o["text"]?.stringValue)
    }

    private func strings(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap(\.stringValue)
    }

    /// A string, or the text of a scalar the author probably meant as one.
    private func scalarText(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value.kind {
        case .string(let s): return s
        case .number(let n): return n.description
        default: return nil
        }
    }
}
