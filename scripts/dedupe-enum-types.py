#!/usr/bin/env python3
# Tidies a generated migration: TypeORM emits CREATE TYPE once per column that uses a shared
# Postgres enum; keep the first CREATE and the last DROP of each.
import sys,re
p=sys.argv[1]; s=open(p).read()
block=re.compile(r'        await queryRunner\.query\(`\n\s+(CREATE|DROP) TYPE "public"\."(\w+)"[^`]*`\);\n')
up,down=s.split('public async down',1)
seen=set()
def keep_first(m):
    if m.group(2) in seen: return ''
    seen.add(m.group(2)); return m.group(0)
up=block.sub(keep_first,up)
# in down keep the last DROP of each type
ms=list(block.finditer(down)); last={}
for m in ms: last[m.group(2)]=m.start()
down=block.sub(lambda m: m.group(0) if last[m.group(2)]==m.start() else '',down)
open(p,'w').write(up+'public async down'+down)
