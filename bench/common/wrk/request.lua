-- One wrk script for every endpoint. The harness sets, per endpoint:
--   BENCH_TOKEN      bearer token        BENCH_METHOD  GET | POST | PUT
--   BENCH_PATH       path template       BENCH_BODY    JSON body template (optional)
--   BENCH_ROWS       seeded row count    BENCH_ID_PREFIX  first 24 characters of a seeded id
-- Templates may hold {id} (a random seeded row), {walk} (seeded rows walked in order, each thread its own
-- disjoint slice, so no two connections touch one row at once), {alt:a|b} (a on even passes over the walked
-- slice, b on odd ones: a status that toggles), {walkrow} (the walked row's number in 12 digits, for the id of its
-- parent in another seeded table), {rand:N} (a random number 1..N in 12 digits, for ids of other seeded tables) and
-- {seq} (unique per request in this run).
-- done() prints one "BENCH_JSON {...}" line that the harness reads.

local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or error("BENCH_PATH is not set")
local body = os.getenv("BENCH_BODY")
local rows = tonumber(os.getenv("BENCH_ROWS") or "100000")
local prefix = os.getenv("BENCH_ID_PREFIX") or "00000000-0000-4000-8000-"
local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
local run = os.getenv("BENCH_RUN") or "0"

wrk.method = method
wrk.headers["Authorization"] = "Bearer " .. token
if body then wrk.headers["Content-Type"] = "application/json" end

local counter = 0
thread_no = 0 -- a global: setup() sets it in each thread's state
local slice = math.floor(rows / threads)

local function seeded(n)
  return prefix .. string.format("%012d", n)
end

local function walked()
  return thread_no * slice + (counter % slice) + 1
end

local function fill(template)
  local pass = math.floor(counter / slice) % 2
  template = string.gsub(template, "{alt:([%w_]+)|([%w_]+)}", function(a, b) return pass == 0 and a or b end)
  template = string.gsub(template, "{rand:(%d+)}", function(n) return string.format("%012d", math.random(1, tonumber(n))) end)
  return (string.gsub(template, "{(%w+)}", function(name)
    if name == "id" then return seeded(math.random(1, rows)) end
    if name == "walk" then return seeded(walked()) end
    if name == "walkrow" then return string.format("%012d", walked()) end
    if name == "seq" then return run .. "-" .. thread_no .. "-" .. counter end
    error("unknown placeholder {" .. name .. "}")
  end))
end

local next_thread = 0
function setup(thread)
  thread:set("thread_no", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  math.randomseed(os.time() + thread_no * 7919)
end

if string.find(path, "{", 1, true) or (body and string.find(body, "{%w+[:}]")) then
  function request()
    counter = counter + 1
    return wrk.format(nil, fill(path), nil, body and fill(body) or nil)
  end
else
  wrk.path = path
  wrk.body = body
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"errors":%d,"non2xx":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
