import json, os
d = os.path.dirname(os.path.abspath(__file__))
g = {}
for p in ["part1.py","part2.py","part3.py","part4.py"]:
    exec(open(os.path.join(d,p)).read(), g)
IDS = ["end.law_enforcement","end.public_employees","end.state_constitution","end.damage_caps",
 "start.failure_to_intervene","start.full_compensation","start.attorney_fees",
 "start.individual_accountability","start.public_records"]
M = {"y":"yes","p":"partial","n":"no"}
out = open(os.path.join(d,"..","batch_ax.jsonl"),"w")
for b in g["B"]:
    assert len(b["lab"])==9 and len(b["reasons"])==9, b["id"]
    rec = {"id":b["id"],"style":b["style"],"state":b["state"],"text":b["text"],
           "labels":{i:M[c] for i,c in zip(IDS,b["lab"])},
           "reasons":{i:r for i,r in zip(IDS,b["reasons"])}}
    out.write(json.dumps(rec, ensure_ascii=False)+"\n")
print(len(g["B"]))
