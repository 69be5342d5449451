// The attribute values of one feature, packed into one allocation: a million cadastral parcels
// with four fields each would otherwise hold four std::optional<std::string> apiece (about
// 200 bytes a parcel); packed they take about 70.
//
// Layout of the block: uint32 count, then count end offsets (uint32, the top bit set for a
// NULL value), then the UTF-8 bytes of every value one after another.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace data {

class FieldValues {
public:
    FieldValues() = default;
    FieldValues(std::initializer_list<std::optional<std::string>> values);
    explicit FieldValues(const std::vector<std::optional<std::string>>& values);
    FieldValues(const FieldValues& other);
    FieldValues& operator=(const FieldValues& other);
    FieldValues(FieldValues&&) noexcept = default;
    FieldValues& operator=(FieldValues&&) noexcept = default;

    size_t size() const;
    bool empty() const { return size() == 0; }
    // nullopt = NULL / unknown. The view lives as long as this object is unchanged.
    std::optional<std::string_view> operator[](size_t i) const;

    friend bool operator==(const FieldValues& a, const FieldValues& b);

    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = std::optional<std::string_view>;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = value_type;
        const_iterator(const FieldValues* v, size_t i) : v_(v), i_(i) {}
        value_type operator*() const { return (*v_)[i_]; }
        const_iterator& operator++() { return ++i_, *this; }
        const_iterator operator++(int) { auto t = *this; ++i_; return t; }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.i_ == b.i_; }
    private:
        const FieldValues* v_;
        size_t i_;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    // Collects values one by one, then packs them.
    class Builder {
    public:
        void reserve(size_t count) { ends_.reserve(count); }
        void add(std::optional<std::string_view> value);
        FieldValues build() const;
    private:
        std::vector<uint32_t> ends_;
        std::string bytes_;
    };

private:
    std::unique_ptr<char[]> block_;
    size_t block_size_ = 0;
};

}  // namespace data
