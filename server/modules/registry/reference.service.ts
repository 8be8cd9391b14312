import type { RequestContext } from '../../common/context.js';
import { District } from './district.entity.js';
import { IndustryDepartment } from './industry-department.entity.js';

/** Reference lists the forms pick from: districts and industry management departments. */
export class ReferenceDataService {
  districts(ctx: RequestContext): Promise<District[]> {
    return ctx.em.find(District, {}, { orderBy: { code: 'asc' } });
  }

  industryDepartments(ctx: RequestContext): Promise<IndustryDepartment[]> {
    return ctx.em.find(IndustryDepartment, {}, { orderBy: { name: 'asc' } });
  }
}
