-- wrk script for bench/serve_load: each connection rotates through realistic /search and
-- /health URLs (query words, phrases, OR, dates, filters, facets, paging, sorting).
-- Paths are relative to the URL given to wrk; wrk's own summary counts non-2xx answers.
local paths = {
  "/search?q=conference",
  "/search?q=conference&from=2018&to=2019&facets=1",
  "/search?from=2018-06&sort=date&limit=20",
  "/search?q=%22trade+facilitation%22",
  "/search?q=customs+OR+douane&country=BE",
  "/search?q=conf%C3%A9rence&lang=fr",
  "/search?q=festival&sort=-date&offset=10",
  "/search?country=DE&facets=1",
  "/search?q=title%3Aseminar+date%3A2019..",
  "/search?q=health+-vaccination&limit=50",
  "/search?facets=1&limit=0",
  "/health",
}

local next_path = 1

function init(args)
  -- Threads start at different places in the list, so they do not ask in lock step.
  next_path = (math.floor(os.clock() * 1000003) % #paths) + 1
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end
