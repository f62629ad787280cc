// Print every VEVENT of an .ics as {uid: [start, end]} (UTC ISO or DATE) using ical.js,
// with the VTIMEZONEs of the file registered (what Thunderbird does). Used by
// tests/test_export_ics.py when ical.js is installed (ICALJS=path or NODE_PATH).
let ICAL = require(process.env.ICALJS || 'ical.js'); ICAL = ICAL.default || ICAL;
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const comp = new ICAL.Component(ICAL.parse(text));
for (const vtz of comp.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
}
const out = {};
for (const ve of comp.getAllSubcomponents('vevent')) {
  const ev = new ICAL.Event(ve);
  const fmt = (t) => t.isDate ? t.toString() : t.toJSDate().toISOString();
  out[ev.uid] = [fmt(ev.startDate), fmt(ev.endDate)];
}
console.log(JSON.stringify(out));
