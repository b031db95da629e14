-- wrk script of the contention runs (contention.py): every connection sends to the same row.
--   BENCH_TOKEN  bearer token
--   BENCH_PATHS  one or more POST paths separated by "|": each request picks one at random
--   BENCH_BODIES their JSON bodies, in the same order and separated the same way; {user} becomes a user id unique
--                to the request
-- done() prints "CONTENTION_JSON {...}": the number of responses of each status, summed over the threads. (A
-- response cannot be matched to its path in wrk; the contention runs tell them apart by status: a check-out answers
-- 201, a check-in 200.)
local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or error("BENCH_PATHS is not set"), "[^|]+") do paths[#paths + 1] = p end
local bodies = {}
for b in string.gmatch(os.getenv("BENCH_BODIES") or error("BENCH_BODIES is not set"), "[^|]+") do bodies[#bodies + 1] = b end

wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Content-Type"] = "application/json"

thread_no = 0
counts = {} -- counts[status] = responses, per thread
local counter = 0
local threads = {}

function setup(thread)
  thread:set("thread_no", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() + thread_no * 7919)
end

function request()
  counter = counter + 1
  local user = string.format("88888888-%04d-4000-8000-%012d", thread_no, counter)
  local i = math.random(1, #paths)
  return wrk.format(nil, paths[i], nil, (string.gsub(bodies[i], "{user}", user)))
end

function response(status, headers, response_body)
  local key = tostring(status)
  counts[key] = (counts[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for key, n in pairs(t:get("counts")) do total[key] = (total[key] or 0) + n end
  end
  local parts = {}
  for key, n in pairs(total) do parts[#parts + 1] = string.format('"%s":%d', key, n) end
  local e = summary.errors
  io.write(string.format('CONTENTION_JSON {"counts":{%s},"requests":%d,"duration_us":%d,"errors":%d,"p99_us":%d}\n',
    table.concat(parts, ","), summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout,
    latency:percentile(99)))
end
