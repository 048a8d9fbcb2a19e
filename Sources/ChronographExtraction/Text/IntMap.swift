/// A map from 64-bit keys to 32-bit values with open addressing and a multiplicative hash:
/// the lexicon and the phrase tries look up every token through it, and Swift's Dictionary
/// hashes each key with SipHash, which cost a tenth of the extraction. Each slot holds its key
/// and value side by side, so a lookup touches one cache line; key 0 marks an empty slot and
/// is itself kept apart.
struct IntMap: Sendable {
    private struct Slot {
        var key: UInt64
        var value: Int32
    }
    private var slots: [Slot]
    private var shift: UInt64
    private var zero: Int32?
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: 0), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Int32? {
        @inline(__always) get {
            if key == 0 { return zero }
            return slots.withUnsafeBufferPointer { s in
                let mask = s.count - 1
                var i = slot(key)
                while true {
                    let k = s[i].key
                    if k == key { return s[i].value }
                    if k == 0 { return nil }
                    i = (i + 1) & mask
                }
            }
        }
        set {
            guard let value = newValue else { return }  // removal is never needed here
            if key == 0 {
                if zero == nil { count += 1 }
                zero = value
                return
            }
            if (count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            var i = slot(key)
            while slots[i].key != 0 {
                if slots[i].key == key {
                    slots[i].value = value
                    return
                }
                i = (i + 1) & mask
            }
            slots[i] = Slot(key: key, value: value)
            count += 1
        }
    }

    private mutating func grow() {
        var bigger = IntMap(capacity: slots.count)
        for s in slots where s.key != 0 { bigger[s.key] = s.value }
        if let zero { bigger[0] = zero }
        self = bigger
    }
}
