/** The Spanish content and labels (data/es), translated from the English. Importing this file provides them. */
import drugs from '../../data/es/drugs.json';
import treatments from '../../data/es/treatments.json';
import diet from '../../data/es/diet.json';
import sources from '../../data/es/sources.json';
import common from '../../data/es/ui-common.json';
import drugCard from '../../data/es/ui-drug-card.json';
import treatmentList from '../../data/es/ui-treatment-list.json';
import dietGuide from '../../data/es/ui-diet-guide.json';
import naming from '../../data/es/naming.json';
import questions from '../../data/es/ui-questions.json';
import { provideLocale } from './provide.js';

provideLocale('es', { drugs, treatments, diet, sources, common, drugCard, treatmentList, dietGuide, naming, questions });
