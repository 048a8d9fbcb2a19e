/// A map from 64-bit keys to 32-bit values with open addressing and a multiplicative hash:
/// the lexicon and the phrase tries look up every token through it, and Swift's Dictionary
/// hashes each key with SipHash, which cost a tenth of the extraction.
struct IntMap: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var used: [Bool]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        used = Array(repeating: false, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Int32? {
        get {
            let mask = keys.count - 1
            var i = slot(key)
            while used[i] {
                if keys[i] == key { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let value = newValue else { return }  // removal is never needed here
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var i = slot(key)
            while used[i] {
                if keys[i] == key {
                    values[i] = value
                    return
                }
                i = (i + 1) & mask
            }
            used[i] = true
            keys[i] = key
            values[i] = value
            count += 1
        }
    }

    private mutating func grow() {
        var bigger = IntMap(capacity: keys.count)
        for i in keys.indices where used[i] { bigger[keys[i]] = values[i] }
        self = bigger
    }
}
