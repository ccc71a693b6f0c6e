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
            guard let o = item.objectValue else { continue }
            // One pass over the members instead of a lookup per field; backwards, so that with
            // duplicate keys (which loaders never produce) the first wins, as lookups do.
            var id: String?
            var numberValue: JSONValue?, area: String?, title: String?, text: String?
            var topics: [String] = [], refValues: [JSONValue] = [], subpoints: JSONValue?
            var status: String?, wording: String?, note: String?, positions: [PartyPosition] = []
            var locations = Point.Locations()
            locations.point = item.location
            for memberIndex in o.members.indices.reversed() {
                let value = o.members[memberIndex].value
                switch o.members[memberIndex].key {
                case "id":
                    id = value.stringValue
                    locations.id = value.location
                case "number":
                    numberValue = value
                    locations.number = value.location
                case "area":
                    area = value.stringValue
                    locations.area = value.location
                case "title": title = value.stringValue
                case "text":
                    text = value.stringValue
                    locations.text = value.location
                case "topics": topics = strings(value)
                case "refs": refValues = (value.arrayValue ?? []).filter { $0.stringValue != nil }
                case "points": subpoints = value
                case "status": status = value.stringValue
                case "wording": wording = value.stringValue
                case "note": note = value.stringValue
                case "positions": positions = (value.arrayValue ?? []).compactMap(decodePosition)
                default: break
                }
            }
            guard let id else { continue }
            let number = decodeNumber(numberValue)
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
            locations.refs = refValues.map(\.location)
            out.append(Point(
                id: id,
                number: number,
                label: label,
                area: area,
                title: title,
                text: text ?? "",
                topics: topics,
                refs: refValues.compactMap(\.stringValue),
                points: decodePoints(subpoints, parentLabel: label),
                status: status,
                wording: wording,
                note: note,
                positions: positions,
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
