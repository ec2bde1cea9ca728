#include "core/stats/conf_type.h"

#include <array>
#include <utility>

namespace ts::stats {

namespace {
constexpr std::array<std::pair<ConfType, std::string_view>, 6> names{{
    {ConfType::None, "none"},
    {ConfType::Plain, "plain"},
    {ConfType::Log, "log"},
    {ConfType::LogLog, "log-log"},
    {ConfType::Logit, "logit"},
    {ConfType::Arcsin, "arcsin"},
}};
}  // namespace

std::string_view confTypeName(ConfType t)
{
    for (const auto& [type, name] : names)
        if (type == t)
            return name;
    return "none";
}

std::optional<ConfType> parseConfType(std::string_view text)
{
    for (const auto& [type, name] : names)
        if (name == text)
            return type;
    return std::nullopt;
}

}  // namespace ts::stats
