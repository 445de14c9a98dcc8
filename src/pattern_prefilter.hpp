// Which of many RE2 patterns can match a text, found in one pass, so that
// only those few are searched (rule files hold dozens; a sentence matches few).
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace plotgraph::detail {

class PatternPrefilter {
public:
    /// Indexes `patterns` (kept by the caller, in its order). Returns an
    /// error message, or "" when the prefilter is ready.
    std::string build(const std::vector<const RE2*>& patterns);

    /// The indices, ascending, of the patterns that may match `text`; every
    /// pattern that matches is among them.
    void candidates(std::string_view text, std::vector<int>& out) const;

private:
    re2::FilteredRE2 filter_{3};      // each pattern's required words ("atoms")
    std::unique_ptr<RE2::Set> atoms_;  // those words, found together in one pass
    int count_ = 0;
};

}  // namespace plotgraph::detail
