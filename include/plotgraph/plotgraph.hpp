// plotgraph: turns plot summaries into a knowledge graph. One include for all.
#pragma once

#include <plotgraph/batch.hpp>
#include <plotgraph/error.hpp>
#include <plotgraph/extractor.hpp>
#include <plotgraph/graph.hpp>
#include <plotgraph/output.hpp>
#include <plotgraph/query.hpp>
#include <plotgraph/rules.hpp>
#include <plotgraph/story.hpp>
#include <plotgraph/version.hpp>
