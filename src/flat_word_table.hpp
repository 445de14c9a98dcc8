// A hash table of words: the set and map types behind WordSet and WordMap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace plotgraph::detail {

/// An open-addressing hash table keyed by std::string and looked up by
/// std::string_view, for the word tables every stage asks of every token.
///
/// Why not std::unordered_set/map: those keep each entry in its own node, so
/// a lookup costs an integer division (prime bucket counts) and a chain of
/// pointers, each likely a cache miss. Here the entries sit in one array
/// whose size is a power of two; each slot keeps its entry's full hash, so a
/// probe compares a word only when the hashes agree, and linear probing
/// walks neighbouring slots. Kept at most half full, a miss (the common
/// answer of a word list) stops after one or two slots.
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
///    that adds an entry, nor an erase;
///  - the iteration order is the order of the slots, fixed by the hashes
///    and the insertion history, not by std::unordered_map's.
template <class Entry, class Hash>
class FlatWordTable {
    static constexpr bool is_map = !std::is_same_v<Entry, std::string>;

public:
    using key_type = std::string;
    using value_type = Entry;
    using size_type = std::size_t;

    template <bool Const>
    class Iterator {
        using Table = std::conditional_t<Const, const FlatWordTable, FlatWordTable>;

    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Entry;
        using difference_type = std::ptrdiff_t;
        // A set's words may not change under it: its entries are const.
        using reference = std::conditional_t<Const || !is_map, const Entry&, Entry&>;
        using pointer = std::conditional_t<Const || !is_map, const Entry*, Entry*>;

        Iterator() = default;
        Iterator(Table* table, std::size_t slot) : table_(table), slot_(slot) {}
        operator Iterator<true>() const  // iterator -> const_iterator
            requires(!Const)
        {
            return {table_, slot_};
        }

        reference operator*() const { return table_->slots_[slot_].entry; }
        pointer operator->() const { return &table_->slots_[slot_].entry; }
        Iterator& operator++() {
            slot_ = table_->next_occupied(slot_ + 1);
            return *this;
        }
        Iterator operator++(int) {
            Iterator before = *this;
            ++*this;
            return before;
        }
        friend bool operator==(const Iterator& a, const Iterator& b) { return a.slot_ == b.slot_; }

    private:
        friend class FlatWordTable;
        Table* table_ = nullptr;
        std::size_t slot_ = 0;
    };
    using iterator = Iterator<false>;
    using const_iterator = Iterator<true>;

    FlatWordTable() = default;
    FlatWordTable(std::initializer_list<Entry> entries) {
        reserve(entries.size());
        for (const Entry& entry : entries) insert(entry);
    }
    FlatWordTable(const FlatWordTable& other) { copy_from(other); }
    FlatWordTable(FlatWordTable&& other) noexcept { steal(other); }
    FlatWordTable& operator=(const FlatWordTable& other) {
        if (this != &other) {
            FlatWordTable copy(other);
            clear_storage();
            steal(copy);
        }
        return *this;
    }
    FlatWordTable& operator=(FlatWordTable&& other) noexcept {
        if (this != &other) {
            clear_storage();
            steal(other);
        }
        return *this;
    }
    ~FlatWordTable() { clear_storage(); }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    iterator begin() { return {this, next_occupied(0)}; }
    iterator end() { return {this, capacity_}; }
    const_iterator begin() const { return {this, next_occupied(0)}; }
    const_iterator end() const { return {this, capacity_}; }

    [[gnu::always_inline]] iterator find(std::string_view key) { return {this, find_slot(key, hash_of(key))}; }
    [[gnu::always_inline]] const_iterator find(std::string_view key) const { return {this, find_slot(key, hash_of(key))}; }
    [[gnu::always_inline]] bool contains(std::string_view key) const { return find_slot(key, hash_of(key)) != capacity_; }
    [[gnu::always_inline]] std::size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }

    /// Room for `count` entries without moving any.
    void reserve(std::size_t count) {
        std::size_t wanted = min_capacity;
        while (wanted / 2 < count) wanted *= 2;  // at most half full
        if (wanted > capacity_) rehash(wanted);
    }

    void clear() {
        clear_storage();
        slots_ = nullptr;
        capacity_ = size_ = 0;
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
        return slots_[find_slot(key, hash_of(key))].entry.second;
    }

    /// Removes `key` if present; answers how many entries went (0 or 1).
    std::size_t erase(std::string_view key) {
        const std::size_t slot = find_slot(key, hash_of(key));
        if (slot == capacity_) return 0;
        erase_slot(slot);
        return 1;
    }

private:
    static constexpr std::size_t min_capacity = 8;
    /// Set on every stored hash, so that 0 marks an empty slot.
    static constexpr std::uint64_t occupied_bit = std::uint64_t{1} << 63;

    struct Slot {
        std::uint64_t hash = 0;  // 0: empty
        union {
            Entry entry;
        };
        Slot() {}   // the entry is constructed only when the slot is filled
        ~Slot() {}  // and destroyed by the table
    };

    static const std::string& key_of(const Entry& entry) {
        if constexpr (is_map)
            return entry.first;
        else
            return entry;
    }
    [[gnu::always_inline]] static std::uint64_t hash_of(std::string_view key) { return std::uint64_t{Hash{}(key)} | occupied_bit; }

    /// The slot holding `key`, or capacity_ when none does.
    [[gnu::always_inline]] std::size_t find_slot(std::string_view key, std::uint64_t hash) const {
        if (size_ == 0) return capacity_;
        const std::size_t mask = capacity_ - 1;
        for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            const Slot& here = slots_[slot];
            if (here.hash == hash && same_word(key_of(here.entry), key)) return slot;
            if (here.hash == 0) return capacity_;
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

    std::size_t next_occupied(std::size_t slot) const {
        while (slot < capacity_ && slots_[slot].hash == 0) ++slot;
        return slot;
    }

    /// Adds the entry built from `parts` under `key` unless `key` is present.
    template <class... Parts>
    std::pair<iterator, bool> try_add(std::string_view key, Parts&&... parts) {
        const std::uint64_t hash = hash_of(key);
        const std::size_t found = find_slot(key, hash);
        if (found != capacity_) return {iterator(this, found), false};
        if ((size_ + 1) * 2 <= capacity_) {
            const std::size_t slot = free_slot(hash);
            construct(slots_[slot], hash, std::forward<Parts>(parts)...);
            ++size_;
            return {iterator(this, slot), true};
        }
        // Growing: the new entry is built before the old ones move, as
        // std::vector does, since `key` or `parts` may refer to them.
        const std::size_t new_capacity = capacity_ == 0 ? min_capacity : capacity_ * 2;
        auto grown = std::make_unique<Slot[]>(new_capacity);
        const std::size_t slot = hash & (new_capacity - 1);
        construct(grown[slot], hash, std::forward<Parts>(parts)...);
        move_all_into(std::move(grown), new_capacity);
        ++size_;
        return {iterator(this, slot), true};
    }

    template <class... Parts>
    static void construct(Slot& slot, std::uint64_t hash, Parts&&... parts) {
        if constexpr (is_map) {
            construct_map_entry(slot, std::forward<Parts>(parts)...);
        } else {
            ::new (static_cast<void*>(&slot.entry)) Entry(std::forward<Parts>(parts)...);
        }
        slot.hash = hash;
    }

    template <class Key, class... Args>
    static void construct_map_entry(Slot& slot, Key&& key, Args&&... args) {
        ::new (static_cast<void*>(&slot.entry))
            Entry(std::piecewise_construct, std::forward_as_tuple(std::string(std::forward<Key>(key))),
                  std::forward_as_tuple(std::forward<Args>(args)...));
    }

    /// The first empty slot on the probe path of `hash`.
    std::size_t free_slot(std::uint64_t hash) const {
        const std::size_t mask = capacity_ - 1;
        std::size_t slot = hash & mask;
        while (slots_[slot].hash != 0) slot = (slot + 1) & mask;
        return slot;
    }

    /// Empties `slot` and moves back the entries after it that probing
    /// would otherwise no longer reach (no tombstones).
    void erase_slot(std::size_t hole) {
        const std::size_t mask = capacity_ - 1;
        slots_[hole].entry.~Entry();
        slots_[hole].hash = 0;
        --size_;
        for (std::size_t slot = (hole + 1) & mask; slots_[slot].hash != 0; slot = (slot + 1) & mask) {
            const std::size_t home = slots_[slot].hash & mask;
            // The entry may fill the hole when its home is not in (hole, slot], cyclically.
            const bool reachable_without_hole = ((slot - home) & mask) < ((slot - hole) & mask);
            if (reachable_without_hole) continue;
            move_slot(slots_[slot], slots_[hole]);
            hole = slot;
        }
    }

    static void move_slot(Slot& from, Slot& to) {
        ::new (static_cast<void*>(&to.entry)) Entry(std::move(from.entry));
        to.hash = from.hash;
        from.entry.~Entry();
        from.hash = 0;
    }

    void rehash(std::size_t new_capacity) { move_all_into(std::make_unique<Slot[]>(new_capacity), new_capacity); }

    /// Moves every entry into `slots` (of `capacity` slots, which may already
    /// hold some) and makes it the table's storage.
    void move_all_into(std::unique_ptr<Slot[]> slots, std::size_t capacity) {
        std::unique_ptr<Slot[]> old = std::exchange(slots_, std::move(slots));
        const std::size_t old_capacity = std::exchange(capacity_, capacity);
        for (std::size_t i = 0; i < old_capacity; ++i)
            if (old[i].hash != 0) move_slot(old[i], slots_[free_slot(old[i].hash)]);
    }

    /// Same capacity and slots as `other`, so that a copy iterates as the original.
    void copy_from(const FlatWordTable& other) {
        if (other.capacity_ == 0) return;
        auto slots = std::make_unique<Slot[]>(other.capacity_);
        std::size_t copied = 0;
        try {
            for (; copied < other.capacity_; ++copied) {
                if (other.slots_[copied].hash == 0) continue;
                ::new (static_cast<void*>(&slots[copied].entry)) Entry(other.slots_[copied].entry);
                slots[copied].hash = other.slots_[copied].hash;
            }
        } catch (...) {
            for (std::size_t i = 0; i < copied; ++i)
                if (slots[i].hash != 0) slots[i].entry.~Entry();
            throw;
        }
        slots_ = std::move(slots);
        capacity_ = other.capacity_;
        size_ = other.size_;
    }

    void steal(FlatWordTable& other) noexcept {
        slots_ = std::move(other.slots_);
        capacity_ = std::exchange(other.capacity_, 0);
        size_ = std::exchange(other.size_, 0);
    }

    /// Destroys the entries; leaves the members for the caller to reset.
    void clear_storage() noexcept {
        for (std::size_t i = 0; i < capacity_; ++i)
            if (slots_[i].hash != 0) slots_[i].entry.~Entry();
        slots_.reset();
    }

    std::unique_ptr<Slot[]> slots_;
    std::size_t capacity_ = 0;  // a power of two, or 0 before the first entry
    std::size_t size_ = 0;
};

}  // namespace plotgraph::detail
