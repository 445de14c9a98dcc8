// A hash table of words: the set and map types behind WordSet and WordMap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace plotgraph::detail {

/// An open-addressing hash table keyed by std::string and looked up by
/// std::string_view, for the word tables every stage asks of every token.
///
/// Why not std::unordered_set/map: those keep each entry in its own node, so
/// a lookup costs an integer division (prime bucket counts) and a chain of
/// pointers, each likely a cache miss. Here the entries sit in one vector,
/// in the order they came, and an index of slots, a power of two of them and
/// at most half full, holds for each entry 32 bits of its hash and its
/// position. A lookup walks neighbouring slots (linear probing) and compares
/// a word only when the hash bits agree: a miss, the common answer of a word
/// list, reads a slot or two of 8 bytes, eight to a cache line. The index
/// costs 8 bytes a slot, so a table takes less memory than the nodes of the
/// standard containers.
///
/// The lookups are always inline: the large stage files reach GCC's limit
/// of inline growth, after which a lookup would become a call, and the
/// hash a second one, for every word asked.
///
/// `Entry` is std::string for a set and std::pair<const std::string, Mapped>
/// for a map. Only the members the code base uses exist; their meaning is the
/// standard containers', with these differences:
///  - an insertion may move every entry (as std::vector's may): references,
///    pointers and iterators into the table do not survive an insertion
///    that adds an entry;
///  - iteration follows the order of insertion.
template <class Entry, class Hash>
class FlatWordTable {
    static constexpr bool is_map = !std::is_same_v<Entry, std::string>;
    using Entries = std::vector<Entry>;

public:
    using key_type = std::string;
    using value_type = Entry;
    using size_type = std::size_t;
    // A set's words may not change under it: its entries are const.
    using iterator = std::conditional_t<is_map, typename Entries::iterator, typename Entries::const_iterator>;
    using const_iterator = typename Entries::const_iterator;

    FlatWordTable() = default;
    FlatWordTable(std::initializer_list<Entry> entries) {
        reserve(entries.size());
        for (const Entry& entry : entries) insert(entry);
    }
    FlatWordTable(const FlatWordTable&) = default;
    FlatWordTable(FlatWordTable&&) noexcept = default;
    FlatWordTable& operator=(FlatWordTable&&) noexcept = default;
    /// By a copy: a map's entries, with their const keys, cannot be assigned.
    FlatWordTable& operator=(const FlatWordTable& other) {
        if (this != &other) *this = FlatWordTable(other);
        return *this;
    }

    std::size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }

    iterator begin() { return entries_.begin(); }
    iterator end() { return entries_.end(); }
    const_iterator begin() const { return entries_.begin(); }
    const_iterator end() const { return entries_.end(); }

    [[gnu::always_inline]] iterator find(std::string_view key) { return begin() + find_index(key, hash_of(key)); }
    [[gnu::always_inline]] const_iterator find(std::string_view key) const {
        return begin() + find_index(key, hash_of(key));
    }
    [[gnu::always_inline]] bool contains(std::string_view key) const {
        return find_index(key, hash_of(key)) != entries_.size();
    }
    [[gnu::always_inline]] std::size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }

    /// Room for `count` entries without moving any.
    void reserve(std::size_t count) {
        entries_.reserve(count);
        std::size_t wanted = min_slots;
        while (wanted / 2 < count) wanted *= 2;  // at most half full
        if (wanted > slots_.size()) reindex(wanted);
    }

    void clear() {
        entries_.clear();
        slots_.clear();
        lengths_ = initials_ = 0;
    }

    /// Set: adds `key` unless present.
    template <class Key>
    std::pair<iterator, bool> insert(Key&& key)
        requires(!is_map)
    {
        return try_add(std::string_view(key), std::forward<Key>(key));
    }
    /// Map: adds `entry` unless its key is present.
    std::pair<iterator, bool> insert(const Entry& entry)
        requires is_map
    {
        return try_add(entry.first, entry.first, entry.second);
    }
    std::pair<iterator, bool> insert(Entry&& entry)
        requires is_map
    {
        return try_add(entry.first, entry.first, std::move(entry.second));
    }

    /// Map: adds key -> mapped(args...) unless the key is present, in which
    /// case the arguments are left alone (std::unordered_map::try_emplace).
    template <class Key, class... Args>
    std::pair<iterator, bool> try_emplace(Key&& key, Args&&... args)
        requires is_map
    {
        return try_add(std::string_view(key), std::forward<Key>(key), std::forward<Args>(args)...);
    }
    template <class Key, class... Args>
    std::pair<iterator, bool> emplace(Key&& key, Args&&... args)
        requires is_map
    {
        return try_emplace(std::forward<Key>(key), std::forward<Args>(args)...);
    }

    template <class Key>
    auto& operator[](Key&& key)
        requires is_map
    {
        return try_emplace(std::forward<Key>(key)).first->second;
    }

    /// Map: the value of `key`, which must be present.
    const auto& at(std::string_view key) const
        requires is_map
    {
        return entries_[find_index(key, hash_of(key))].second;
    }

    /// False when no key has the length or the first byte of `key`, told by
    /// a bit of each of two masks (lengths from 63 on share one, as do bytes
    /// equal modulo 64), without hashing: a cheap test before contains() for
    /// a small list asked about every word, most of which it tells apart so.
    /// Not built into every lookup: of a large table it would tell few apart.
    [[gnu::always_inline]] bool may_contain(std::string_view key) const {
        if (key.empty()) return true;
        return ((lengths_ >> length_bit(key)) & (initials_ >> initial_bit(key)) & 1) != 0;
    }

private:
    static constexpr std::size_t min_slots = 8;

    static std::size_t length_bit(std::string_view key) { return key.size() < 63 ? key.size() : 63; }
    static std::size_t initial_bit(std::string_view key) { return static_cast<unsigned char>(key[0]) & 63u; }
    void note_key(std::string_view key) {
        lengths_ |= std::uint64_t{1} << length_bit(key);
        if (!key.empty()) initials_ |= std::uint64_t{1} << initial_bit(key);
    }

    /// An entry's place in the index; `position` 0 marks an empty slot.
    struct Slot {
        std::uint32_t hash = 0;      // the low 32 bits of the entry's hash
        std::uint32_t position = 0;  // one more than the entry's index in entries_
    };

    static const std::string& key_of(const Entry& entry) {
        if constexpr (is_map)
            return entry.first;
        else
            return entry;
    }
    [[gnu::always_inline]] static std::uint32_t hash_of(std::string_view key) {
        return static_cast<std::uint32_t>(Hash{}(key));
    }

    /// The index in entries_ of `key`'s entry, or size() when there is none.
    [[gnu::always_inline]] std::size_t find_index(std::string_view key, std::uint32_t hash) const {
        if (entries_.empty()) return 0;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            const Slot here = slots_[slot];
            if (here.position == 0) return entries_.size();
            if (here.hash == hash && same_word(key_of(entries_[here.position - 1]), key)) return here.position - 1;
        }
    }

    /// `a == b`, inline: the words are short and, with equal hashes, nearly
    /// always equal, so a call to memcmp would cost more than the comparison.
    [[gnu::always_inline]] static bool same_word(std::string_view a, std::string_view b) {
        const std::size_t n = a.size();
        if (n != b.size()) return false;
        const char* p = a.data();
        const char* q = b.data();
        if (n >= 8) {
            // By 8 bytes, the last 8 overlapping the ones before.
            for (std::size_t i = 0; i + 8 < n; i += 8)
                if (load<std::uint64_t>(p + i) != load<std::uint64_t>(q + i)) return false;
            return load<std::uint64_t>(p + n - 8) == load<std::uint64_t>(q + n - 8);
        }
        if (n >= 4)
            return load<std::uint32_t>(p) == load<std::uint32_t>(q) &&
                   load<std::uint32_t>(p + n - 4) == load<std::uint32_t>(q + n - 4);
        for (std::size_t i = 0; i < n; ++i)
            if (p[i] != q[i]) return false;
        return true;
    }
    template <class Word>
    static Word load(const char* p) {
        Word word;
        std::memcpy(&word, p, sizeof word);
        return word;
    }

    /// Adds the entry built from `parts` under `key` unless `key` is present.
    template <class... Parts>
    std::pair<iterator, bool> try_add(std::string_view key, Parts&&... parts) {
        const std::uint32_t hash = hash_of(key);  // before the entry is built: `key` may be moved into it
        const std::size_t found = find_index(key, hash);
        if (found != entries_.size()) return {begin() + static_cast<std::ptrdiff_t>(found), false};
        // emplace_back builds the entry before moving the others, so `parts` may refer to them.
        if constexpr (is_map) {
            emplace_map_entry(std::forward<Parts>(parts)...);
        } else {
            entries_.emplace_back(std::forward<Parts>(parts)...);
        }
        note_key(key_of(entries_.back()));
        if (entries_.size() * 2 > slots_.size()) {
            reindex(slots_.empty() ? min_slots : slots_.size() * 2);
        } else {
            slots_[free_slot(hash)] = {hash, static_cast<std::uint32_t>(entries_.size())};
        }
        return {end() - 1, true};
    }

    template <class Key, class... Args>
    void emplace_map_entry(Key&& key, Args&&... args) {
        entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(std::string(std::forward<Key>(key))),
                              std::forward_as_tuple(std::forward<Args>(args)...));
    }

    /// The first empty slot on the probe path of `hash`.
    std::size_t free_slot(std::uint32_t hash) const {
        const std::size_t mask = slots_.size() - 1;
        std::size_t slot = hash & mask;
        while (slots_[slot].position != 0) slot = (slot + 1) & mask;
        return slot;
    }

    /// A new index of `slot_count` slots for every entry.
    void reindex(std::size_t slot_count) {
        slots_.assign(slot_count, Slot{});
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            const std::uint32_t hash = hash_of(key_of(entries_[i]));
            slots_[free_slot(hash)] = {hash, static_cast<std::uint32_t>(i + 1)};
        }
    }

    Entries entries_;
    std::vector<Slot> slots_;  // a power of two of them, or none before the first entry
    std::uint64_t lengths_ = 0, initials_ = 0;  // see may_contain
};

}  // namespace plotgraph::detail
