import json, re, sys
from endqi.documents import load_bytes
from endqi.analysis import evaluate
clean=json.load(open('/tmp/aw/clean.json'))
res={}
for l in open('/work/wt-aw/tests/corpus_redteam/batch_aw.jsonl'):
    o=json.loads(l)
    doc=load_bytes(o['text'].encode('utf-8'), filename='bill.txt')
    sc=evaluate(doc, state=o['state'])
    v=sc.verdicts()
    crit={}
    for c in sc.criteria:
        crit[getattr(c,'id',None) or getattr(c,'criterion_id',None) or str(c)[:30]]=dict(expl=str(getattr(c,'explanation','')), ev=[str(e) for e in (getattr(c,'evidence',None) or [])])
    # sentence check
    norm=lambda s: re.sub(r'\s+',' ',s).strip()
    dt=norm(doc.text)
    miss=[]
    for p in clean[o['id']].split('\n'):
        for sent in re.split(r'(?<=[.;:])\s+(?=[A-Z(\"])', p):
            if norm(sent) and norm(sent) not in dt: miss.append(sent)
    res[o['id']]=dict(labels=o['labels'], verdicts=v, crit=crit, miss=miss, doctext=doc.text)
json.dump(res, open('/tmp/aw/res.json','w'), indent=1, default=str)
tot=agree=0
for k,r in res.items():
    d=[(c,r['labels'][c],r['verdicts'].get(c)) for c in r['labels'] if r['labels'][c]!=r['verdicts'].get(c)]
    tot+=9; agree+=9-len(d)
    print(k, 'miss',len(r['miss']), d)
print(agree,tot)
